package org.switchboard.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.bench.load.LoadOptions;
import org.switchboard.bench.load.LoadResult;
import org.switchboard.bench.load.LoadRun;
import org.switchboard.bench.load.SlackLoad;
import org.switchboard.bench.replay.SlackPayload;

/**
 * Fault injection with real processes, part of {@code mvn verify}: the product's Liberty server is killed with
 * SIGKILL under a stream of signed Slack events and started again (RELIABILITY case 12), its MariaDB is stopped and
 * started again under load, and the Slack Web API stand-in answers storms of 503s, 429s with Retry-After, and late
 * answers beyond the bot's timeout (RELIABILITY case 5). The events are the real customer messages of {@code test-fixtures/slack/customer-messages}, each moved to a
 * channel of its own, at 20 per second; like Slack, the load generator repeats an event (same {@code event_id}) that
 * was not acknowledged. After each run: every message has exactly one reply at the stand-in (none lost, none
 * doubled), the database holds no pending, failed or dead entry, and the server is ready without any manual step.
 * The figures of each run are printed (the longer documented runs are in docs/BENCHMARKS.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealProcessFaultIT {

    private static final double RATE = 20;
    @AutoClose
    private static FaultTarget target;
    private static List<SlackPayload> customerMessages;

    @BeforeAll
    static void startTheServerOnItsOwnDatabase() throws Exception {
        customerMessages = SlackLoad.customerMessages(
                List.of(Path.of(System.getProperty("it.slack.fixtures"), "customer-messages")));
        target = FaultTarget.start();
        // warm-up, so that the fault runs measure a running server rather than its first requests
        LoadResult warmUp = load(100, "");
        assertThat(warmUp.lost()).as("warm-up lost").isZero();
    }

    @Test
    @Order(1)
    void case12_aServerKilledWithSigkillMidStreamAnswersEveryMessageExactlyOnceAfterARestart() throws Exception {
        int messages = 500;
        int before;
        Duration toReady;
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<LoadResult> running = sender.submit(() -> load(messages, ""));
            int delivered = target.slack().messages().size();
            // the fault's moment: replies are flowing (acks, turns and deliveries are all in progress)
            await().atMost(Duration.ofSeconds(60)).until(() -> target.slack().messages().size() >= delivered + 80);
            before = target.slack().messages().size() - delivered;
            long pid = target.liberty().kill9();
            assertThat(target.liberty().isReady()).as("the killed server answers nothing").isFalse();
            toReady = target.liberty().startAndAwaitReady(Duration.ofMinutes(5));
            LoadResult result = running.get(10, TimeUnit.MINUTES);
            report("kill -9 (pid " + pid + ") after " + before + " replies, ready again after "
                    + seconds(toReady), result);
            assertExactlyOnce(result, messages);
            assertThat(before).as("replies before the kill").isLessThan(messages);
        } finally {
            sender.shutdownNow();
        }
        assertNothingUnfinished();
    }

    @Test
    @Order(2)
    void mariaDbStoppedUnderLoadLosesAndDoublesNothingAndTheServerRecoversWithoutAnyStep() throws Exception {
        int messages = 400;
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<LoadResult> running = sender.submit(() -> load(messages, ""));
            int delivered = target.slack().messages().size();
            await().atMost(Duration.ofSeconds(60)).until(() -> target.slack().messages().size() >= delivered + 60);
            long stopped = System.nanoTime();
            target.stopDatabase();
            // readiness reports the outage, and keeps reporting it while the database is away (events sent meanwhile
            // are refused with 5xx, so that Slack retries them)
            await().atMost(Duration.ofSeconds(30)).until(() -> !target.liberty().isReady());
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                    .until(() -> !target.liberty().isReady());
            target.startDatabase();
            Duration outage = Duration.ofNanos(System.nanoTime() - stopped);
            await().atMost(Duration.ofSeconds(90)).until(() -> target.liberty().isReady());
            Duration toReady = Duration.ofNanos(System.nanoTime() - stopped).minus(outage);
            LoadResult result = running.get(10, TimeUnit.MINUTES);
            report("MariaDB stopped for " + seconds(outage) + ", server ready " + seconds(toReady)
                    + " after the database came back", result);
            assertExactlyOnce(result, messages);
        } finally {
            sender.shutdownNow();
        }
        assertNothingUnfinished();
    }

    @ParameterizedTest(name = "storm {0}")
    @ValueSource(strings = {"503:30", "429:30:1", "slow:3:11000"})
    @Order(3)
    void case5_webApiStormsDelayRepliesButNeverDropOrDoubleThem(String storm) throws Exception {
        int messages = 300;
        int rejectedBefore = target.slack().rejectedAttempts().size();
        int checksBefore = target.slack().calls("conversations.replies").size();
        LoadResult result = load(messages, "--storm=" + storm);
        int rejected = target.slack().rejectedAttempts().size() - rejectedBefore;
        int checks = target.slack().calls("conversations.replies").size() - checksBefore;
        report("storm " + storm + ": " + rejected + " calls answered with the fault, " + checks
                + " checks whether an unconfirmed reply had arrived", result);
        assertExactlyOnce(result, messages);
        if (storm.startsWith("slow")) {
            assertThat(checks).as("replies whose call timed out were looked up in Slack before any resend").isPositive();
        } else {
            assertThat(rejected).as("chat.postMessage calls answered with the storm's error").isPositive();
        }
        assertNothingUnfinished();
    }

    private static LoadResult load(int messages, String extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--url=" + FaultTarget.URL, "--standin-port=" + target.slack().port(),
                "--rate=" + RATE, "--messages=" + messages, "--concurrency=32", "--drain-seconds=240",
                "--retry-seconds=300"));
        if (!extra.isEmpty()) {
            args.add(extra);
        }
        LoadOptions options = LoadOptions.parse(args.toArray(String[]::new),
                Map.of("SLACK_SIGNING_SECRET", FaultTarget.SIGNING_SECRET));
        return new LoadRun(options, customerMessages).run(target.slack());
    }

    private static void assertExactlyOnce(LoadResult result, int messages) {
        assertThat(result.acknowledged()).as("events acknowledged (after Slack-like retries)").isEqualTo(messages);
        assertThat(result.lost()).as("messages without a reply").isZero();
        assertThat(result.duplicated()).as("messages answered more than once").isZero();
        assertThat(result.answered()).as("messages answered exactly once").isEqualTo(messages);
    }

    /**
     * Every inbox entry done and every outbox entry delivered, in the database. A reply whose call succeeded while
     * the database could not record it stays claimed until its sending lease ends (60 s by default), then is looked
     * up in Slack and recorded as delivered without a resend: hence the wait longer than the lease.
     */
    private static void assertNothingUnfinished() throws Exception {
        await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> assertThat(target.unfinishedWork())
                .as("unfinished inbox and outbox entries").allSatisfy((state, count) -> assertThat(count).isZero()));
        assertThat(target.liberty().isReady()).as("server ready").isTrue();
    }

    private static void report(String what, LoadResult result) {
        System.out.printf(Locale.ROOT, "[fault] %s: %d sent, %d acknowledged, %d answered once, lost %d, duplicated %d;"
                        + " %.1f msg/s sustained, ack p99 %.0f ms, reply p50 %.0f / p99 %.0f ms%n", what,
                result.sentAt().length, result.acknowledged(), result.answered(), result.lost(), result.duplicated(),
                result.sustainedPerSecond(), result.ackLatency().percentile(99), result.replyLatency().percentile(50),
                result.replyLatency().percentile(99));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
