package org.switchboard.slack.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.slack.TestSettings;

/** {@link SlackSettings}: blank values count as unset, and the API URL always ends with a slash. */
class SlackSettingsTest {

    @Test
    void configuredValuesAreReturned() {
        SlackSettings s = TestSettings.of("secret", "xoxb-0000-test", "https://slack.com/api/", "U0BOT", 1024);
        assertThat(s.signingSecret()).contains("secret");
        assertThat(s.botToken()).contains("xoxb-0000-test");
        assertThat(s.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(s.botUserId()).contains("U0BOT");
        assertThat(s.maxBodyBytes()).isEqualTo(1024);
    }

    @Test
    void blankSecretsTokensAndBotIdsCountAsNotConfigured() {
        SlackSettings s = TestSettings.of("  ", "", "https://slack.com/api/", "\t", 1024);
        assertThat(s.signingSecret()).isEmpty();
        assertThat(s.botToken()).isEmpty();
        assertThat(s.botUserId()).isEmpty();
    }

    @Test
    void missingValuesAreEmpty() {
        SlackSettings s = TestSettings.of(null, null, "https://slack.com/api/", null, 1024);
        assertThat(s.signingSecret()).isEqualTo(Optional.empty());
        assertThat(s.botToken()).isEmpty();
        assertThat(s.botUserId()).isEmpty();
    }

    @Test
    void anApiUrlWithoutTrailingSlashGetsOne() {
        assertThat(TestSettings.of(null, null, "http://localhost:9090/api", null, 1024).apiUrl())
                .isEqualTo("http://localhost:9090/api/");
    }

    @Test
    void approverIdsAreACommaSeparatedListWithBlanksIgnored() {
        SlackSettings s = TestSettings.withApprovers(TestSettings.of(null, null, "https://slack.com/api/", null, 1024),
                " C0APPROVERS ", "U111, W222,,  ,U333 ");
        assertThat(s.approverChannel()).contains("C0APPROVERS");
        assertThat(s.approverIds()).containsExactlyInAnyOrder("U111", "W222", "U333");
    }

    @Test
    void withoutApproverSettingsNobodyCanDecideAndNothingIsPosted() {
        SlackSettings s = TestSettings.withApprovers(TestSettings.of(null, null, "https://slack.com/api/", null, 1024),
                " ", null);
        assertThat(s.approverChannel()).isEmpty();
        assertThat(s.approverIds()).isEmpty();
        assertThat(TestSettings.of(null, null, "https://slack.com/api/", null, 1024).approverIds()).isEmpty();
    }
}
