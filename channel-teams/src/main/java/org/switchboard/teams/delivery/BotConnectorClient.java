package org.switchboard.teams.delivery;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.net.ConnectException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.config.TeamsSettings;

/**
 * The Bot Connector REST call the bot makes (Bot Framework REST API v3, "Send and receive messages"), with
 * MicroProfile Fault Tolerance: 10 s timeout; up to 2 immediate retries (200 ms apart) on
 * {@link TeamsTransientException}; a circuit breaker that opens after 10 calls with 75 % failures and half-opens
 * after 10 s. Rate limits (429, 503 with {@code Retry-After}) and permanent errors are not retried here: the
 * outbox reschedules or dead-letters.
 *
 * <p>The bot's bearer token goes only to {@code serviceUrl}s on {@code TEAMS_SERVICE_URL_ALLOWLIST}
 * ({@link org.switchboard.teams.config.ServiceUrlAllowList}: https Bot Framework and Teams hosts by default); a post
 * anywhere else is refused before anything is sent ({@link PermanentDeliveryException}: the outbox dead-letters and
 * audits it) and logged.
 *
 * <p>What is retried at once is what certainly did not post the activity, or what the Bot Connector refused: a
 * connection that could not be made (refused, connect timeout), an HTTP 5xx without {@code Retry-After}, a refused
 * token. A post that was sent but not answered within the 8 s request timeout, or whose connection broke after it
 * was sent (reset, end of stream), has an unknown outcome (the Bot
 * Connector may have delivered it, and it cannot be asked whether it did), so it is not repeated within the call:
 * it fails with a plain {@link RetryableDeliveryException} and the outbox sends it once more after its backoff.
 * A Bot Connector that delivers but answers after the timeout therefore gets such a reply twice: at least once,
 * never lost, at most one extra copy per timed-out post.
 */
@ApplicationScoped
public class BotConnectorClient {

    private static final Logger LOG = Logs.logger(BotConnectorClient.class);

    @Inject
    BotTokenProvider tokens;

    @Inject
    TeamsSettings settings;

    /** How long a post may wait for the Bot Connector's answer; 8 s, less than the 10 s Fault Tolerance timeout. */
    Duration requestTimeout = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Posts an activity into a conversation.
     *
     * @param serviceUrl     the Bot Connector base URL from the conversation reference
     * @param conversationId the conversation id
     * @param replyToId      the activity answered ({@code .../activities/{replyToId}}), or null for a new message
     * @param activityJson   the activity to send, as JSON
     * @return the id the Bot Connector gave the sent activity, or null when its answer had none
     * @throws RetryableDeliveryException on rate limits (with their wait) and transient failures; a post sent but
     *                                    not answered in time is one too (message "outcome unknown"), but not a
     *                                    {@link TeamsTransientException}, so it is not repeated within this call
     * @throws PermanentDeliveryException when the Bot Connector refuses the activity for good (400, 403, 404...) or
     *                                    the bot has no credentials
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 0, retryOn = TeamsTransientException.class,
            abortOn = PermanentDeliveryException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public String postActivity(String serviceUrl, String conversationId, String replyToId, String activityJson)
            throws RetryableDeliveryException, PermanentDeliveryException {
        URI url = activitiesUrl(serviceUrl, conversationId, replyToId);
        if (!settings.serviceUrlAllowList().permits(url)) {
            String where = Logs.neutralise(url.getScheme() + "://" + url.getRawAuthority(), 200);
            LOG.warning(() -> "Refused to post to the Bot Connector at " + where + ": not on TEAMS_SERVICE_URL_ALLOWLIST ("
                    + settings.serviceUrlAllowList() + "); the bot's token is never sent there");
            throw new PermanentDeliveryException("serviceUrl " + where + " is not on TEAMS_SERVICE_URL_ALLOWLIST;"
                    + " nothing was sent", null);
        }
        Optional<String> token = tokens.token();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activityJson, StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new TeamsTransientException("Bot Connector unreachable: " + e.getClass().getSimpleName(), e);
        } catch (HttpTimeoutException e) {
            throw new RetryableDeliveryException("Bot Connector did not answer within " + requestTimeout.toMillis()
                    + " ms; outcome unknown (the activity may have been delivered), not repeated in this call", null, e);
        } catch (IOException e) {
            throw new RetryableDeliveryException("Bot Connector connection failed after the activity was sent ("
                    + e.getClass().getSimpleName() + "); outcome unknown (it may have been delivered), not repeated in"
                    + " this call", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamsTransientException("interrupted while posting to the Bot Connector", e);
        }
        int status = response.statusCode();
        if (status == 401) {
            tokens.invalidate();
            throw new TeamsTransientException("Bot Connector refused the token (HTTP 401)", null);
        }
        if (status < 200 || status > 299) {
            Exception failure = HttpFailures.classify("Bot Connector", response);
            if (failure instanceof PermanentDeliveryException p) {
                throw p;
            }
            throw (RetryableDeliveryException) failure;
        }
        return sentId(response.body());
    }

    /**
     * @param serviceUrl     base URL, with or without a trailing slash
     * @param conversationId conversation id (percent-encoded as one path segment)
     * @param replyToId      activity id (percent-encoded), or null
     * @return {@code {serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]}
     * @throws PermanentDeliveryException if the service URL is not an absolute http(s) URL
     */
    static URI activitiesUrl(String serviceUrl, String conversationId, String replyToId) throws PermanentDeliveryException {
        String base = serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
        String url = base + "/v3/conversations/" + segment(conversationId) + "/activities"
                + (replyToId == null || replyToId.isBlank() ? "" : "/" + segment(replyToId));
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null) {
                throw new PermanentDeliveryException("serviceUrl is not an http(s) URL", null);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PermanentDeliveryException("serviceUrl is not a valid URL", e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String sentId(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            return object.getString("id", null);
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
