package org.switchboard.core.work;

import java.time.Duration;

/**
 * Exponential backoff for persistent retry schedules (the inbox's and the outbox's {@code next_attempt_at}):
 * {@code base * 2^(attempt-1)}, capped at {@code max}. Pure function; the waiting is done by the database
 * schedule, not by a sleeping thread.
 *
 * @param base delay after the first failure, positive
 * @param max  the cap, at least {@code base}
 */
public record Backoff(Duration base, Duration max) {

    /**
     * @throws IllegalArgumentException if base is not positive or max is less than base
     */
    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= max");
        }
    }

    /**
     * @param attempt the number of failures so far, from 1
     * @return how long to wait before the next attempt
     */
    public Duration delayAfter(int attempt) {
        int shift = Math.min(Math.max(attempt, 1) - 1, 30);
        Duration delay = base.multipliedBy(1L << shift);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
