package org.switchboard.teams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which Bot Connector URLs the bot may send its token to (issue 19, high finding). */
class ServiceUrlAllowListTest {

    private final ServiceUrlAllowList defaults = ServiceUrlAllowList.parse(ServiceUrlAllowList.DEFAULT);

    @Test
    void theDefaultAdmitsTheBotFrameworkAndTeamsHostsOverHttpsOnly() {
        assertThat(defaults.permits(URI.create("https://smba.trafficmanager.net/emea/v3/conversations/a/activities")))
                .isTrue();
        assertThat(defaults.permits(URI.create("https://webchat.botframework.com/"))).isTrue();
        assertThat(defaults.permits(URI.create("https://smba.infra.gcc.teams.microsoft.com/"))).isTrue();
        assertThat(defaults.permits(URI.create("https://smba.infra.gov.teams.microsoft.us/"))).isTrue();

        assertThat(defaults.permits(URI.create("http://smba.trafficmanager.net/emea/"))).as("plain http").isFalse();
        assertThat(defaults.permits(URI.create("https://botframework.com.attacker.example/"))).isFalse();
        assertThat(defaults.permits(URI.create("https://attackerbotframework.com/"))).isFalse();
        assertThat(defaults.permits(URI.create("https://botframework.com/"))).as("wildcard needs a subdomain").isFalse();
        assertThat(defaults.permits(URI.create("https://user@smba.trafficmanager.net/"))).as("user info").isFalse();
        assertThat(defaults.permits(URI.create("http://127.0.0.1:9940/"))).isFalse();
    }

    @Test
    void anOriginEntryAdmitsExactlyThatSchemeHostAndPort() {
        ServiceUrlAllowList list = ServiceUrlAllowList.parse("http://127.0.0.1:9940, smba.trafficmanager.net");
        assertThat(list.permits(URI.create("http://127.0.0.1:9940/v3/conversations/x/activities"))).isTrue();
        assertThat(list.permits(URI.create("http://127.0.0.1:9941/"))).isFalse();
        assertThat(list.permits(URI.create("https://127.0.0.1:9940/"))).isFalse();
        assertThat(list.permits(URI.create("http://localhost:9940/"))).isFalse();
        assertThat(ServiceUrlAllowList.parse("http://127.0.0.1").permits(URI.create("http://127.0.0.1:1234/")))
                .as("no port: any port").isTrue();
    }

    @Test
    void rejectsEntriesThatAreNeitherHostsNorOrigins() {
        for (String bad : new String[]{"ftp://example.net", "https://example.net/path", "exa mple..net", "*",
                "https://u@example.net"}) {
            assertThatThrownBy(() -> ServiceUrlAllowList.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void authDisabledWithARealPasswordIsAnUnsafeConfiguration() {
        assertThat(TestTeamsSettings.of("app", "secret", null, true, null).unsafeConfiguration())
                .hasValueSatisfying(problem -> assertThat(problem).contains("TEAMS_AUTH_DISABLED")
                        .contains("MICROSOFT_APP_PASSWORD").doesNotContain("secret"));
        assertThat(TestTeamsSettings.of("app", null, null, true, null).unsafeConfiguration()).isEmpty();
        assertThat(TestTeamsSettings.of("app", "secret", null, false, null).unsafeConfiguration()).isEmpty();
    }
}
