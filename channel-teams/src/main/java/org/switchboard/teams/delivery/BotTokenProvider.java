package org.switchboard.teams.delivery;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.teams.config.TeamsSettings;

/**
 * The bot's access token for the Bot Connector: OAuth 2.0 client-credentials grant (RFC 6749 section 4.4) at
 * {@link TeamsSettings#tokenUrl()} with {@code client_id}/{@code client_secret} from {@code MICROSOFT_APP_ID} and
 * {@code MICROSOFT_APP_PASSWORD} and scope {@link TeamsSettings#tokenScope()}. The token is cached and renewed when
 * less than five minutes of its {@code expires_in} remain, or after {@link #invalidate()}. Thread-safe.
 */
@ApplicationScoped
public class BotTokenProvider {

    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    TeamsSettings settings;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Token cached;

    /**
     * @return a bearer token, or empty when no app id and password are configured and verification is disabled
     *         (local development against a Bot Framework Emulator, which needs none)
     * @throws TeamsTransientException    when the token endpoint cannot be reached or answers 5xx
     * @throws RetryableDeliveryException when it answers 429
     * @throws PermanentDeliveryException when credentials are missing (verification on) or refused (4xx)
     */
    public synchronized Optional<String> token() throws RetryableDeliveryException, PermanentDeliveryException {
        Optional<String> appId = settings.appId();
        Optional<String> password = settings.appPassword();
        if (appId.isEmpty() || password.isEmpty()) {
            if (settings.authDisabled()) {
                return Optional.empty();
            }
            throw new PermanentDeliveryException("MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD must be set to reply", null);
        }
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.expiresAt.minus(RENEW_BEFORE))) {
            return Optional.of(cached.value);
        }
        cached = fetch(appId.get(), password.get(), now);
        return Optional.of(cached.value);
    }

    /** Forgets the cached token (the Bot Connector refused it); the next {@link #token()} fetches a new one. */
    public synchronized void invalidate() {
        cached = null;
    }

    private Token fetch(String appId, String password, Instant now)
            throws RetryableDeliveryException, PermanentDeliveryException {
        URI url = settings.tokenUrl();
        String form = Map.of("grant_type", "client_credentials", "client_id", appId, "client_secret", password,
                        "scope", settings.tokenScope())
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TeamsTransientException("token endpoint " + url + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamsTransientException("interrupted while fetching a token", e);
        }
        if (response.statusCode() != 200) {
            Exception failure = HttpFailures.classify("token endpoint " + url, response);
            if (failure instanceof PermanentDeliveryException p) {
                throw p;
            }
            throw (RetryableDeliveryException) failure;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            String token = body.getString("access_token", null);
            if (token == null || token.isBlank()) {
                throw new TeamsTransientException("token endpoint " + url + " sent no access_token", null);
            }
            long expiresIn = body.get("expires_in") instanceof JsonNumber n ? n.longValue()
                    : Long.parseLong(body.getString("expires_in", "3600"));
            return new Token(token, now.plusSeconds(Math.max(0, expiresIn)));
        } catch (JsonException | ClassCastException | NumberFormatException e) {
            throw new TeamsTransientException("token endpoint " + url + " sent an unreadable answer", e);
        }
    }

    private record Token(String value, Instant expiresAt) {
    }
}
