package org.switchboard.bench.replay;

import org.switchboard.bench.slackapi.SlackRequestSigner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Posts Events API payloads to a bot the way Slack does: {@code POST <base>/slack/events}, HTTP/1.1,
 * {@code Content-Type: application/json}, with {@code X-Slack-Request-Timestamp} (now) and
 * {@code X-Slack-Signature} from a {@link SlackRequestSigner}. Uses {@link HttpClient}. Thread-safe.
 */
public final class EventPoster {

    /** Path of the bot's Events API endpoint, appended to the base URL. */
    public static final String EVENTS_PATH = "/slack/events";

    /**
     * The outcome of one post.
     *
     * @param status       HTTP status the bot answered (Slack expects 200 within 3 s)
     * @param ackMillis    milliseconds from sending the request to receiving the whole response
     * @param responseBody the response body as text (usually empty)
     * @param sentAt       when the request was sent
     */
    public record PostResult(int status, long ackMillis, String responseBody, Instant sentAt) {

        /**
         * Whether the bot acknowledged the event.
         *
         * @return true for a 2xx status
         */
        public boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final URI eventsUrl;
    private final SlackRequestSigner signer;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * Creates a poster.
     *
     * @param baseUrl bot base URL without trailing slash, e.g. {@code http://localhost:9080}
     * @param signer  signs each body with the bot's signing secret
     * @param timeout connect timeout and whole-request timeout
     */
    public EventPoster(URI baseUrl, SlackRequestSigner signer, Duration timeout) {
        this.eventsUrl = URI.create(Objects.requireNonNull(baseUrl, "baseUrl") + EVENTS_PATH);
        this.signer = Objects.requireNonNull(signer, "signer");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * The URL payloads are posted to.
     *
     * @return {@code <base>/slack/events}
     */
    public URI eventsUrl() {
        return eventsUrl;
    }

    /**
     * Signs and posts one body, waiting for the response.
     *
     * @param body the exact JSON text to send (it is what gets signed)
     * @return status and acknowledgement time
     * @throws IOException          if the bot cannot be reached or does not answer within the timeout
     *                              ({@link java.net.http.HttpTimeoutException})
     * @throws InterruptedException if interrupted while waiting
     */
    public PostResult post(String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(eventsUrl)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signer.headers(body).forEach(request::header);
        Instant sentAt = Instant.now();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long ackMillis = (System.nanoTime() - start) / 1_000_000;
        return new PostResult(response.statusCode(), ackMillis, response.body(), sentAt);
    }
}
