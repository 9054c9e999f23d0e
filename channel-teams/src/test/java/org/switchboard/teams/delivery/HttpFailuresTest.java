package org.switchboard.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} as RFC 9110 defines it: delay-seconds or an HTTP-date. */
class HttpFailuresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void secondsAndDatesAreReadAndBounded() {
        assertThat(HttpFailures.retryAfter("7", CLOCK)).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpFailures.retryAfter("Sun, 01 Mar 2026 10:16:00 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpFailures.retryAfter("0", CLOCK)).isEqualTo(HttpFailures.DEFAULT_RETRY_AFTER);
        assertThat(HttpFailures.retryAfter("Sun, 01 Mar 2026 09:00:00 GMT", CLOCK)).isEqualTo(HttpFailures.DEFAULT_RETRY_AFTER);
        assertThat(HttpFailures.retryAfter("999999", CLOCK)).isEqualTo(HttpFailures.MAX_RETRY_AFTER);
        assertThat(HttpFailures.retryAfter("soon", CLOCK)).isEqualTo(HttpFailures.DEFAULT_RETRY_AFTER);
        assertThat(HttpFailures.retryAfter(null, CLOCK)).isEqualTo(HttpFailures.DEFAULT_RETRY_AFTER);
    }
}
