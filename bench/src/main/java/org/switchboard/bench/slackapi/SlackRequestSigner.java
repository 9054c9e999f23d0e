package org.switchboard.bench.slackapi;

import com.slack.api.app_backend.SlackSignature;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs request bodies the way Slack signs the requests it sends to an app:
 * <a href="https://api.slack.com/authentication/verifying-requests-from-slack">request signing v0</a>, i.e.
 * {@code X-Slack-Signature: v0=hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + body))} with
 * {@code X-Slack-Request-Timestamp: timestamp} (epoch seconds). The HMAC is computed by the Slack SDK's
 * {@link SlackSignature.Generator}, the same code Bolt uses to verify, so a body signed here passes the bot's
 * verification when both use the same secret and the timestamp is within Slack's five-minute window.
 *
 * <p>The signature covers the body text exactly as sent, encoded as UTF-8: sign the very string you post.
 * The secret is never printed ({@link #toString()} hides it). Thread-safe.
 */
public final class SlackRequestSigner {

    /** Name of the timestamp header: {@value}. */
    public static final String TIMESTAMP_HEADER = SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP;
    /** Name of the signature header: {@value}. */
    public static final String SIGNATURE_HEADER = SlackSignature.HeaderNames.X_SLACK_SIGNATURE;

    private final SlackSignature.Generator generator;
    private final Clock clock;

    /**
     * Creates a signer that takes "now" from the system clock.
     *
     * @param signingSecret the app's signing secret (Slack app settings, Basic Information; the bot reads it
     *                      from {@code SLACK_SIGNING_SECRET})
     * @throws IllegalArgumentException if the secret is null or blank
     */
    public SlackRequestSigner(String signingSecret) {
        this(signingSecret, Clock.systemUTC());
    }

    /**
     * Creates a signer with an explicit clock for {@link #headers(String)}.
     *
     * @param signingSecret the app's signing secret
     * @param clock         the clock whose current second becomes the request timestamp
     * @throws IllegalArgumentException if the secret is null or blank
     * @throws NullPointerException     if clock is null
     */
    public SlackRequestSigner(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a Slack signing secret is required");
        }
        this.generator = new SlackSignature.Generator(signingSecret);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The v0 signature of a body at a given time.
     *
     * @param body         the exact request body
     * @param epochSeconds the request timestamp, seconds since 1970-01-01T00:00:00Z
     * @return {@code v0=} followed by 64 lower-case hex digits
     * @throws NullPointerException if body is null
     */
    public String signature(String body, long epochSeconds) {
        Objects.requireNonNull(body, "body");
        return generator.generate(Long.toString(epochSeconds), body);
    }

    /**
     * The two headers Slack sends with a body at a given time.
     *
     * @param body         the exact request body
     * @param epochSeconds the request timestamp, seconds since 1970-01-01T00:00:00Z
     * @return an unmodifiable map, in this order: {@value #TIMESTAMP_HEADER} &rarr; the decimal timestamp,
     *         {@value #SIGNATURE_HEADER} &rarr; {@code v0=<hex>}
     * @throws NullPointerException if body is null
     */
    public Map<String, String> headers(String body, long epochSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TIMESTAMP_HEADER, Long.toString(epochSeconds));
        headers.put(SIGNATURE_HEADER, signature(body, epochSeconds));
        return java.util.Collections.unmodifiableMap(headers);
    }

    /**
     * The two headers for a body sent now (the signer's clock, truncated to seconds).
     *
     * @param body the exact request body
     * @return as {@link #headers(String, long)}
     * @throws NullPointerException if body is null
     */
    public Map<String, String> headers(String body) {
        return headers(body, clock.instant().getEpochSecond());
    }

    /**
     * A description that does not reveal the secret.
     *
     * @return {@code SlackRequestSigner[v0, secret=***]}
     */
    @Override
    public String toString() {
        return "SlackRequestSigner[v0, secret=***]";
    }
}
