package org.switchboard.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void waitsTheBaseDelayAfterTheFirstFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void doublesTheDelayAfterEachFurtherFailureUntilTheCap() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(backoff::delayAfter)).containsExactly(
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(80), Duration.ofSeconds(160), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
    }

    @Test
    void reachesTheCapExactlyWhenItIsAPowerOfTwoOfTheBase() {
        Backoff exact = new Backoff(Duration.ofMillis(100), Duration.ofMillis(800));

        assertThat(exact.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(exact.delayAfter(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(exact.delayAfter(5)).isEqualTo(Duration.ofMillis(800));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -1000, Integer.MIN_VALUE})
    void treatsAttemptsBelowOneAsTheFirstFailure(int attempt) {
        assertThat(backoff.delayAfter(attempt)).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {31, 32, 63, 64, 65, 1000, Integer.MAX_VALUE})
    void staysAtTheCapForHugeAttemptCountsWithoutOverflowing(int attempt) {
        assertThat(backoff.delayAfter(attempt)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void neverDecreasesAsAttemptsGrow() {
        Backoff wide = new Backoff(Duration.ofMillis(1), Duration.ofDays(365));

        assertThat(IntStream.rangeClosed(1, 200).mapToObj(wide::delayAfter))
                .isSortedAccordingTo(Duration::compareTo)
                .allSatisfy(delay -> assertThat(delay).isPositive().isLessThanOrEqualTo(Duration.ofDays(365)));
    }

    /** The exponent is capped at 30 so the multiplication cannot overflow: a cap above base * 2^30 is never reached. */
    @Test
    void stopsDoublingAfterThirtyDoublingsEvenBelowTheCap() {
        Backoff wide = new Backoff(Duration.ofMillis(1), Duration.ofDays(365));

        assertThat(wide.delayAfter(31)).isEqualTo(Duration.ofMillis(1L << 30));
        assertThat(wide.delayAfter(32)).isEqualTo(Duration.ofMillis(1L << 30));
        assertThat(wide.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(1L << 30));
    }

    @Test
    void alwaysWaitsTheBaseWhenBaseEqualsMax() {
        Backoff flat = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30));

        assertThat(IntStream.of(1, 2, 10, Integer.MAX_VALUE).mapToObj(flat::delayAfter)).containsOnly(Duration.ofSeconds(30));
    }

    @Test
    void rejectsAZeroOrNegativeBase() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAMaxBelowTheBase() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(9))).isInstanceOf(IllegalArgumentException.class);
    }
}
