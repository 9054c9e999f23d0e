package org.switchboard.teams.delivery;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
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
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * The Bot Connector REST call the bot makes (Bot Framework REST API v3, "Send and receive messages"), with
 * MicroProfile Fault Tolerance: 10 s timeout; up to 2 immediate retries (200 ms apart) on
 * {@link TeamsTransientException}; a circuit breaker that opens after 10 calls with 75 % failures and half-opens
 * after 10 s. Rate limits (429, 503 with {@code Retry-After}) and permanent errors are not retried here: the
 * outbox reschedules or dead-letters.
 */
@ApplicationScoped
public class BotConnectorClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(8);

    @Inject
    BotTokenProvider tokens;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Posts an activity into a conversation.
     *
     * @param serviceUrl     the Bot Connector base URL from the conversation reference
     * @param conversationId the conversation id
     * @param replyToId      the activity answered ({@code .../activities/{replyToId}}), or null for a new message
     * @param activityJson   the activity to send, as JSON
     * @return the id the Bot Connector gave the sent activity, or null when its answer had none
     * @throws RetryableDeliveryException on rate limits (with their wait) and transient failures
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
        Optional<String> token = tokens.token();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activityJson, StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TeamsTransientException("Bot Connector unreachable: " + e.getClass().getSimpleName(), e);
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
