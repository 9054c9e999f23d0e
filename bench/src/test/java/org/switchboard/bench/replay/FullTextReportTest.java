package org.switchboard.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.slackapi.CapturedMessage;

/** {@code --full}: the Slack replay prints what happened, not only the first characters. */
class FullTextReportTest {

    private static final String LONG_QUESTION = "My card was charged twice. ".repeat(10).strip();
    private static final String LONG_REPLY = "I'm sorry about the double charge. ".repeat(20).strip();

    private static String report(boolean full) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ReplayReport report = new ReplayReport(new PrintStream(printed, true, StandardCharsets.UTF_8), 1, full);
        Instant sent = Instant.parse("2026-12-07T20:00:00Z");
        report.replayed(Path.of("msg-002.json"), LONG_QUESTION, new EventPoster.PostResult(200, 12, "", sent),
                new CapturedMessage("C111", "1.2", LONG_REPLY, "xoxb", sent.plusMillis(800), Map.of(), "1.3"),
                Duration.ofSeconds(30));
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withFullTheWholeQuestionAndReplyArePrinted() {
        assertThat(report(true)).contains("  customer: " + LONG_QUESTION + System.lineSeparator())
                .contains("reply after 800 ms: " + LONG_REPLY + System.lineSeparator());
    }

    @Test
    void withoutFullTheyAreCut() {
        assertThat(report(false)).contains("  customer: " + LONG_QUESTION.substring(0, ReplayReport.CUSTOMER_TEXT_LIMIT)
                + "...").doesNotContain(LONG_REPLY);
    }

    @Test
    void theOptionsTakeFullAndTheAdminCredentialsWithoutShowingThePassword() throws Exception {
        ReplayOptions options = ReplayOptions.parse(new String[]{"--full", "--admin-user=ops",
                "--admin-password=pw-not-shown", "payloads"}, Map.of("SLACK_SIGNING_SECRET", "s"));
        assertThat(options.full()).isTrue();
        assertThat(options.adminUser()).isEqualTo("ops");
        assertThat(options.adminPassword()).isEqualTo("pw-not-shown");
        assertThat(options.toString()).doesNotContain("pw-not-shown");
        assertThat(ReplayOptions.parse(new String[]{"payloads"}, Map.of("SLACK_SIGNING_SECRET", "s")).full()).isFalse();
    }
}
