package org.switchboard.teams.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * Classifies failed HTTP answers of the Bot Connector and the token endpoint (RFC 9110 status codes; RFC 9110
 * section 10.2.3 {@code Retry-After}) into retry-later, retry-now and give-up.
 */
final class HttpFailures {

    /** Used when a 429 or 503 comes without a usable {@code Retry-After}. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** Longest wait honoured from a {@code Retry-After}. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private HttpFailures() {
    }

    /**
     * @param what     the call, for the message (no secrets)
     * @param response a non-2xx answer
     * @return the exception to throw: {@link RetryableDeliveryException} with a wait for 429 and for 503 with
     *         {@code Retry-After}; {@link TeamsTransientException} for other 5xx and 408; otherwise
     *         {@link PermanentDeliveryException}
     */
    static Exception classify(String what, HttpResponse<?> response) {
        int status = response.statusCode();
        String retryAfterHeader = response.headers().firstValue("Retry-After").orElse(null);
        if (status == 429 || (status == 503 && retryAfterHeader != null)) {
            return new RetryableDeliveryException(what + " answered HTTP " + status,
                    retryAfter(retryAfterHeader, java.time.Clock.systemUTC()), null);
        }
        if (status >= 500 || status == 408) {
            return new TeamsTransientException(what + " answered HTTP " + status, null);
        }
        return new PermanentDeliveryException(what + " answered HTTP " + status, null);
    }

    /**
     * @param header a {@code Retry-After} value: delay-seconds or an HTTP-date; may be null
     * @param clock  the current time for HTTP-dates
     * @return the wait, between 1 s (also when absent or unreadable) and {@link #MAX_RETRY_AFTER}
     */
    static Duration retryAfter(String header, java.time.Clock clock) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = header.strip();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(clock.instant(), at.toInstant());
            } catch (DateTimeParseException notDate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
        if (wait.compareTo(DEFAULT_RETRY_AFTER) < 0) {
            return DEFAULT_RETRY_AFTER;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
