package org.switchboard.slack.delivery;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.Set;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * Classifies Slack Web API failures (Slack "Web API: rate limits" and the {@code chat.postMessage} error list)
 * into retry-later, retry-now and give-up.
 */
final class SlackErrors {

    /** {@code ok:false} errors that can pass; everything else from chat.postMessage is permanent. */
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "team_added_to_org");

    /** Used when Slack sends 429 without a usable {@code Retry-After}. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private SlackErrors() {
    }

    static RetryableDeliveryException fromHttp(SlackApiException e) {
        return fromHttp("chat.postMessage", e);
    }

    /**
     * @param method the Web API method called, for the message
     * @param e      the SDK's HTTP error
     */
    static RetryableDeliveryException fromHttp(String method, SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
            return new RetryableDeliveryException("Slack rate limited " + method + " (HTTP 429)",
                    retryAfter(e.getResponse().header("Retry-After")), e);
        }
        if (status >= 500) {
            return new SlackTransientException("Slack answered HTTP " + status, e);
        }
        return new RetryableDeliveryException("Slack answered HTTP " + status, null, e);
    }

    /**
     * @param error the {@code error} field of an {@code ok:false} answer; null when Slack sent none (treated as
     *              transient: the answer was not what Slack documents)
     */
    static Exception fromApiError(String error) {
        return fromApiError("chat.postMessage", error);
    }

    /**
     * @param method the Web API method called, for the message
     * @param error  the {@code error} field of an {@code ok:false} answer, or null
     */
    static Exception fromApiError(String method, String error) {
        if ("ratelimited".equals(error)) {
            return new RetryableDeliveryException("Slack rate limited " + method, DEFAULT_RETRY_AFTER, null);
        }
        if (error == null || TRANSIENT.contains(error)) {
            return new SlackTransientException(method + " failed: " + error, null);
        }
        return new PermanentDeliveryException(method + " failed: " + error, null);
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds <= 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(Math.min(seconds, 3600));
        } catch (NumberFormatException ex) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
