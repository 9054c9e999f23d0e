package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), 100, nanos::get);
    private final AtomicInteger slowChecks = new AtomicInteger();
    /** Dana's stored hash matches "dana's long password"; Eve's "eve's long password". */
    private final BiPredicate<String, String> pbkdf2 = (typed, stored) -> {
        slowChecks.incrementAndGet();
        return ("hash-dana".equals(stored) && "dana's long password".equals(typed))
                || ("hash-eve".equals(stored) && "eve's long password".equals(typed));
    };

    @Test
    void theSameValidCredentialsAreCheckedSlowlyOnceWithinTheLifetime() {
        for (int i = 0; i < 20; i++) {
            assertThat(verified.verify("dana's long password", "hash-dana", pbkdf2)).isTrue();
        }
        assertThat(slowChecks).hasValue(1);

        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        assertThat(verified.verify("dana's long password", "hash-dana", pbkdf2)).isTrue();
        assertThat(slowChecks).as("checked again after the lifetime").hasValue(2);
    }

    @Test
    void failedAttemptsAreNeverRememberedAndAlwaysPayTheFullCheck() {
        for (int i = 0; i < 3; i++) {
            assertThat(verified.verify("wrong password", "hash-dana", pbkdf2)).isFalse();
            assertThat(verified.verify("dana's long password", null, pbkdf2)).as("unknown user").isFalse();
        }
        assertThat(slowChecks).hasValue(6);
    }

    @Test
    void aRememberedPasswordDoesNotOpenAnotherHashOrAChangedOne() {
        assertThat(verified.verify("dana's long password", "hash-dana", pbkdf2)).isTrue();

        assertThat(verified.verify("dana's long password", "hash-eve", pbkdf2)).as("another person").isFalse();
        assertThat(verified.verify("dana's long password", "hash-dana-changed", pbkdf2)).as("password changed")
                .isFalse();
        assertThat(verified.verify("dana's long passwor", "hash-dana", pbkdf2)).isFalse();
        assertThat(slowChecks).hasValue(4);
    }

    @Test
    void forgettingMakesTheNextRequestCheckSlowlyAgain() {
        verified.verify("dana's long password", "hash-dana", pbkdf2);
        verified.forgetAll();
        assertThat(verified.verify("dana's long password", "hash-dana", pbkdf2)).isTrue();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedPasswords never = new VerifiedPasswords(Duration.ZERO, 100, nanos::get);
        never.verify("dana's long password", "hash-dana", pbkdf2);
        never.verify("dana's long password", "hash-dana", pbkdf2);
        assertThat(slowChecks).hasValue(2);
    }
}
