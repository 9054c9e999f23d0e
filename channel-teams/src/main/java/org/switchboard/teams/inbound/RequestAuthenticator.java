package org.switchboard.teams.inbound;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.auth.BotFrameworkTokenVerifier;
import org.switchboard.teams.auth.KeysUnavailableException;
import org.switchboard.teams.auth.TokenRejectedException;
import org.switchboard.teams.auth.VerifiedCaller;
import org.switchboard.teams.config.TeamsSettings;

/**
 * Applies the configured verification to each request: the Bot Framework JWT check
 * ({@link BotFrameworkTokenVerifier}) with {@code MICROSOFT_APP_ID} as audience and the OpenID metadata at
 * {@code MICROSOFT_OPENID_METADATA_URL}, or nothing when {@code TEAMS_AUTH_DISABLED=true} (local development only;
 * logged at start-up as a severe warning). Without an app id every request is refused (fail closed).
 */
@ApplicationScoped
public class RequestAuthenticator {

    private static final Logger LOG = Logs.logger(RequestAuthenticator.class);
    private static final Duration METADATA_TTL = Duration.ofHours(24);

    @Inject
    TeamsSettings settings;

    @Inject
    Clock clock;

    private volatile BotFrameworkTokenVerifier verifier;

    /**
     * Refuses to start an unsafe configuration ({@link TeamsSettings#unsafeConfiguration()}) and logs how inbound
     * activities are verified.
     *
     * @param startup the start-up event
     * @throws IllegalStateException when the configuration is unsafe: the application does not start
     */
    void announce(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 300) Startup startup) {
        java.util.Optional<String> unsafe = settings.unsafeConfiguration();
        if (unsafe.isPresent()) {
            LOG.severe("Refusing to start: " + unsafe.get());
            throw new IllegalStateException(unsafe.get());
        }
        LOG.info(() -> "Teams replies are posted only to Bot Connector endpoints on TEAMS_SERVICE_URL_ALLOWLIST: "
                + settings.serviceUrlAllowList());
        settings.insecureSettings().forEach(warning -> LOG.warning("Teams channel: " + warning));
        if (settings.authDisabled()) {
            LOG.severe("*** TEAMS_AUTH_DISABLED=true: /api/messages accepts activities WITHOUT verifying their JWT."
                    + " Anyone can post as any Teams user and make the bot call any serviceUrl. Local development"
                    + " only; never in production. ***");
        } else if (settings.appId().isEmpty()) {
            LOG.warning("MICROSOFT_APP_ID is not set: /api/messages will refuse every request with 401");
        } else {
            LOG.info("Teams endpoint /api/messages verifies Bot Framework tokens for app " + settings.appId().get()
                    + " with OpenID metadata " + settings.openIdMetadataUrl());
        }
    }

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param serviceUrl    the activity's {@code serviceUrl}, or null
     * @param channelId     the activity's {@code channelId}, or null; only {@code msteams} is accepted
     * @return the verified caller ({@link VerifiedCaller#unverified()} when verification is disabled)
     * @throws TokenRejectedException   when the token is missing or invalid, or no app id is configured
     * @throws KeysUnavailableException when the signing keys cannot be read
     */
    public VerifiedCaller authenticate(String authorization, String serviceUrl, String channelId)
            throws TokenRejectedException, KeysUnavailableException {
        if (settings.unsafeConfiguration().isPresent()) {
            // fail closed even if the start-up refusal was bypassed
            throw new TokenRejectedException("unsafe configuration: TEAMS_AUTH_DISABLED with MICROSOFT_APP_PASSWORD", null);
        }
        if (settings.authDisabled()) {
            if (!BotFrameworkTokenVerifier.TEAMS_CHANNEL.equals(channelId)) {
                throw new TokenRejectedException("channelId is not " + BotFrameworkTokenVerifier.TEAMS_CHANNEL, null);
            }
            return VerifiedCaller.unverified();
        }
        return verifier().verify(authorization, serviceUrl, channelId);
    }

    private BotFrameworkTokenVerifier verifier() throws TokenRejectedException {
        BotFrameworkTokenVerifier current = verifier;
        if (current == null) {
            String appId = settings.appId().orElseThrow(() ->
                    new TokenRejectedException("MICROSOFT_APP_ID is not configured", null));
            synchronized (this) {
                current = verifier;
                if (current == null) {
                    current = new BotFrameworkTokenVerifier(settings.openIdMetadataUrl(), appId,
                            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), METADATA_TTL, clock);
                    verifier = current;
                }
            }
        }
        return current;
    }
}
