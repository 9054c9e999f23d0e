package org.switchboard.core.plugin;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * At start-up, after the schema migration and before the tool registry loads the plugins: encrypts the plugin
 * configurations still stored in plaintext when {@code SWITCHBOARD_SECRETS_KEY} is set
 * ({@link JpaPluginSettingsStore#encryptPlaintextRows()}), and warns when it is not set (issue 19).
 */
@ApplicationScoped
public class PluginSecretsAtRest {

    private static final Logger LOG = Logs.logger(PluginSecretsAtRest.class);

    @Inject
    JpaPluginSettingsStore store;

    void migrate(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 50) Startup startup) {
        if (!store.encrypting()) {
            LOG.warning("SWITCHBOARD_SECRETS_KEY is not set: plugin configurations (their secrets included) are stored"
                    + " unencrypted in plugin_registry. Set it to Base64 of 32 random bytes (docs/SECURITY.md).");
            return;
        }
        try {
            int encrypted = store.encryptPlaintextRows();
            LOG.info(() -> "Plugin configurations are encrypted at rest (AES-GCM); " + encrypted
                    + " plaintext row(s) encrypted now");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not encrypt the plaintext plugin configurations; they are encrypted when next"
                    + " saved", e);
        }
    }
}
