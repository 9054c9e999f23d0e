package org.switchboard.bench.replay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Replays real payloads against {@link FakeBot}, which answers through a {@link SlackWebApiStandIn}. */
class SlackReplayTest {

    private static final String SECRET = "test-signing-secret";
    private static final String[] FOUR_SHAPES = {
        "customer-messages/msg-000-channel-passcode_forgotten.json",
        "customer-messages/msg-001-im-why_verify_identity.json",
        "customer-messages/msg-002-mention-transaction_charged_twice.json",
        "customer-messages/msg-003-thread-card_payment_wrong_exchange_rate.json",
    };

    @TempDir
    Path payloads;

    private SlackWebApiStandIn standIn;
    private FakeBot bot;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        standIn = SlackWebApiStandIn.start(0);
        bot = new FakeBot(SECRET, standIn.baseUrl());
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        standIn.close();
    }

    private void copyFixtures(String... relative) throws IOException {
        for (String file : relative) {
            Path source = SlackFixtures.resolve(file);
            Files.copy(source, payloads.resolve(source.getFileName()));
        }
    }

    private int replay(String secret, String... extraArgs) throws Exception {
        output.reset();
        List<String> args = new ArrayList<>(List.of("--url=" + bot.baseUrl(), "--secret=" + secret,
                "--timeout-seconds=2"));
        args.addAll(List.of(extraArgs));
        args.add(payloads.toString());
        ReplayOptions options = ReplayOptions.parse(args.toArray(String[]::new), Map.of());
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            return new ReplayRunner(options, out).run(standIn);
        }
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyShapeIsAnsweredAndNonCustomerPayloadsAreSkipped() throws Exception {
        copyFixtures(FOUR_SHAPES);
        copyFixtures("events/url_verification/test_asgi_http-L206.json",
                "events/message-bot_message/test_message_bot-L173.json",
                "events/message-message_changed/test_message_changed-L68.json");

        int exit = replay(SECRET);

        assertThat(printed()).contains("msg-000-channel-passcode_forgotten.json",
                "customer: I happened to forget my password",
                "HTTP 200, ack ",
                "You asked: I happened to forget my password",
                "skipped: type is url_verification, not event_callback",
                "skipped: message subtype bot_message",
                "skipped: message subtype message_changed");
        assertThat(printed().lines().reduce((a, b) -> b))
                .hasValue("replayed 7 payloads: 4 answered, 0 without reply, 3 skipped, 0 errors");
        assertThat(exit).isZero();
        assertThat(standIn.messages()).extracting(CapturedMessage::channel)
                .containsExactly("C111", "D111", "C111", "C111");
        assertThat(standIn.messages()).extracting(CapturedMessage::threadTs)
                .containsExactly("1606810819.000800", null, "1595926424.009600", "1606811050.000800");
    }

    @Test
    void freshEventIdsGetAnswersOnASecondReplayButKeptIdsDoNot() throws Exception {
        copyFixtures(FOUR_SHAPES[0], FOUR_SHAPES[1]);

        assertThat(replay(SECRET, "--keep-event-ids")).isZero();
        assertThat(replay(SECRET)).isZero();
        assertThat(printed()).contains("replayed 2 payloads: 2 answered, 0 without reply, 0 skipped, 0 errors");

        assertThat(replay(SECRET, "--keep-event-ids", "--timeout-seconds=1")).isEqualTo(1);
        assertThat(printed()).contains("NO REPLY within 1s",
                "replayed 2 payloads: 0 answered, 2 without reply, 0 skipped, 0 errors");
    }

    @Test
    void missingReplyFailsTheRun() throws Exception {
        copyFixtures(FOUR_SHAPES[0]);
        Files.writeString(payloads.resolve("silent.json"),
                Files.readString(SlackFixtures.resolve(FOUR_SHAPES[2])).replace("Hello.", "(silent) Hello."));

        int exit = replay(SECRET, "--timeout-seconds=1");

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("NO REPLY within 1s",
                "replayed 2 payloads: 1 answered, 1 without reply, 0 skipped, 0 errors");
    }

    @Test
    void duplicateRepliesFailTheRun() throws Exception {
        copyFixtures(FOUR_SHAPES[0], FOUR_SHAPES[3]);
        bot.duplicateReplies = true;

        int exit = replay(SECRET);

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("UNEXPECTED reply in C111",
                "replayed 2 payloads: 2 answered, 0 without reply, 0 skipped, 0 errors");
    }

    @Test
    void wrongSecretIsReportedAsErrors() throws Exception {
        copyFixtures(FOUR_SHAPES[0]);
        Files.writeString(payloads.resolve("broken.json"), "{not json");

        int exit = replay("another-secret");

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("HTTP 401", "ERROR: the bot did not acknowledge the event",
                "ERROR: cannot read payload: not valid JSON",
                "replayed 2 payloads: 0 answered, 0 without reply, 0 skipped, 2 errors");
        assertThat(standIn.messages()).isEmpty();
    }

    @Test
    void commandLineStartsItsOwnStandInAndReportsUnreachableBot() throws Exception {
        copyFixtures(FOUR_SHAPES[0]);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        bot.close();

        int exit;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = SlackReplay.run(new String[] {"--standin-port=0", "--timeout-seconds=1", payloads.toString()},
                    Map.of("SLACK_SIGNING_SECRET", SECRET, "SWITCHBOARD_URL", bot.baseUrl().toString()),
                    out, errStream);
        }

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).containsPattern("the bot must have been started with "
                + "SLACK_API_URL=http://127\\.0\\.0\\.1:\\d+/api/ and the same SLACK_SIGNING_SECRET");
        assertThat(printed()).contains("ERROR: POST " + bot.baseUrl() + "/slack/events failed",
                "replayed 1 payloads: 0 answered, 0 without reply, 0 skipped, 1 errors");
        assertThat(printed() + err).doesNotContain(SECRET);
    }

    @Test
    void usageErrorsExitWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            assertThat(SlackReplay.run(new String[] {payloads.toString()}, Map.of(), out, errStream)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("SLACK_SIGNING_SECRET");

            err.reset();
            assertThat(SlackReplay.run(new String[] {"--standin-port=0", payloads.resolve("missing").toString()},
                    Map.of("SLACK_SIGNING_SECRET", SECRET), out, errStream)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such payload file or folder");

            assertThat(SlackReplay.run(new String[] {"--help"}, Map.of(), out, errStream)).isZero();
            assertThat(printed()).contains("--keep-event-ids");
        }
    }
}
