package org.switchboard.teams.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.switchboard.teams.auth.TokenRejectedException;
import org.switchboard.teams.config.TestTeamsSettings;

/**
 * Issue 19, high finding: {@code TEAMS_AUTH_DISABLED=true} next to a real {@code MICROSOFT_APP_PASSWORD} stops the
 * start-up, and even a running instance would refuse every activity.
 */
class RequestAuthenticatorTest {

    @Test
    void authDisabledWithARealPasswordRefusesToStartAndRefusesEveryRequest() {
        RequestAuthenticator authenticator = authenticator("secret", true);

        assertThatThrownBy(() -> authenticator.announce(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEAMS_AUTH_DISABLED=true while MICROSOFT_APP_PASSWORD is set");
        assertThatThrownBy(() -> authenticator.authenticate(null, "https://smba.trafficmanager.net/emea/", "msteams"))
                .isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void authDisabledWithoutCredentialsStillStartsForLocalDevelopment() throws Exception {
        RequestAuthenticator authenticator = authenticator(null, true);
        authenticator.announce(null);
        assertThat(authenticator.authenticate(null, "http://127.0.0.1:1/", "msteams").verified()).isFalse();
        assertThatThrownBy(() -> authenticator.authenticate(null, "http://127.0.0.1:1/", "webchat"))
                .as("even without verification only Teams activities are taken").isInstanceOf(TokenRejectedException.class);
    }

    private static RequestAuthenticator authenticator(String password, boolean authDisabled) {
        RequestAuthenticator authenticator = new RequestAuthenticator();
        authenticator.settings = TestTeamsSettings.of("app-id", password, null, authDisabled, null);
        authenticator.clock = Clock.systemUTC();
        return authenticator;
    }
}
