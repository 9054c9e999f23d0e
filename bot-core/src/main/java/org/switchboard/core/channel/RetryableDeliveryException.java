package org.switchboard.core.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * A delivery failed for a reason that may pass (network, timeout, HTTP 5xx, HTTP 429). The outbox keeps the
 * reply and tries again later: after {@link #retryAfter()} when the channel said so (HTTP {@code Retry-After}),
 * else with exponential backoff.
 */
public class RetryableDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param message    what happened (no secrets)
     * @param retryAfter how long the channel asked us to wait, or null when it did not say
     * @param cause      the underlying error, or null
     */
    public RetryableDeliveryException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** @return the wait the channel asked for, if it did */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
