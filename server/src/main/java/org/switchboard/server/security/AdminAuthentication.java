package org.switchboard.server.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * HTTP Basic for the admin API (realm {@value #REALM}, through {@link AdminBasicAuthenticationMechanism}) and warns
 * at start-up when no admin password is configured, in which case the admin API answers 401 to everyone.
 * HTTP Basic sends the password with every request: run the admin API behind HTTPS.
 */
@ApplicationScoped
public class AdminAuthentication {

    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "Switchboard admin";

    private static final Logger LOG = Logs.logger(AdminAuthentication.class);

    @Inject
    AdminIdentityStore identityStore;

    /**
     * Logs whether the admin API can be used (never the password).
     *
     * @param startup the start-up event
     */
    void onStartup(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 200) Startup startup) {
        if (identityStore.configured()) {
            LOG.info(() -> "Admin API /api/admin enabled for user '" + identityStore.user() + "' (HTTP Basic)");
        } else {
            LOG.warning("ADMIN_PASSWORD is not set: the configured admin cannot sign in to the admin API /api/admin"
                    + " (401); only support agents stored with a password can. Set ADMIN_USER and ADMIN_PASSWORD.");
        }
    }
}
