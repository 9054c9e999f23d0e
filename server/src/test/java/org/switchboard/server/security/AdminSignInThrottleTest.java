package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 19: failed admin sign-ins counted per client and per account. */
class AdminSignInThrottleTest {

    @Test
    void aClientIsBlockedAfterItsFailuresWhateverAccountItTries() {
        AdminSignInThrottle throttle = new AdminSignInThrottle(3, 10, Duration.ofMinutes(15));
        assertThat(throttle.failed("203.0.113.5", "a")).isFalse();
        assertThat(throttle.failed("203.0.113.5", "b")).isFalse();
        assertThat(throttle.blocked("203.0.113.5", "admin")).isFalse();
        assertThat(throttle.failed("203.0.113.5", "c")).as("the third failure uses the last attempt").isTrue();
        assertThat(throttle.blocked("203.0.113.5", "admin")).isTrue();
        assertThat(throttle.blocked("198.51.100.7", "admin")).as("another client").isFalse();
    }

    @Test
    void anAccountIsBlockedAfterItsFailuresFromAnyClientsCaseInsensitively() {
        AdminSignInThrottle throttle = new AdminSignInThrottle(10, 2, Duration.ofMinutes(15));
        throttle.failed("198.51.100.1", "Admin");
        assertThat(throttle.failed("198.51.100.2", " admin ")).isTrue();
        assertThat(throttle.blocked("198.51.100.3", "ADMIN")).isTrue();
        assertThat(throttle.blocked("198.51.100.3", "operator")).isFalse();
    }

    @Test
    void aSignInIsWorthAnAuditEntryOncePerAccountClientAndWindow() {
        AdminSignInThrottle throttle = new AdminSignInThrottle(10, 20, Duration.ofMinutes(15));
        assertThat(throttle.firstSignInOfWindow("198.51.100.1", "admin")).isTrue();
        assertThat(throttle.firstSignInOfWindow("198.51.100.1", "Admin")).isFalse();
        assertThat(throttle.firstSignInOfWindow("198.51.100.2", "admin")).isTrue();
    }
}
