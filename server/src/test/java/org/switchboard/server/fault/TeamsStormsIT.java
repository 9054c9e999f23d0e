package org.switchboard.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.bench.load.FaultStorm;
import org.switchboard.bench.teamsapi.BotFrameworkStandIn;
import org.switchboard.bench.teamsapi.CapturedActivity;
import org.switchboard.bench.teamsapi.TestTokenSigner;
import org.switchboard.server.it.TeamsActivities;

/**
 * Bot Connector storms with real processes (issue 7, RELIABILITY case 5 for Teams): the product's Liberty server
 * ({@code it.fault.server}, see {@link FaultTarget}) on a MariaDB of its own, verifying Teams JWTs against a
 * {@link BotFrameworkStandIn} of this test (OpenID metadata, keys, token endpoint) and posting its replies to that
 * stand-in's Bot Connector, which answers a share of them with 503 (no {@code Retry-After}), 429 with
 * {@code Retry-After: 1}, or late (within the bot's 8 s request timeout). The customers' messages are the real texts
 * of {@code test-fixtures/teams/customer-messages}, signed like the Bot Framework signs them, two turns in each
 * conversation of its own. After each storm: every activity has exactly one reply at the stand-in (none lost, none
 * doubled, also after a quiet period), the database holds no pending, failed or dead entry, and the server is ready
 * without any manual step. The figures of each storm are printed.
 *
 * <p>A post answered only after the bot's timeout is different: the Bot Connector cannot be asked whether an
 * activity arrived, so such a post's outcome is unknown to the bot, which does not repeat it within the call but
 * lets the outbox send it once more later. Such a reply is delivered at least once, never lost, and at most twice
 * per timed-out post ({@link #answersLaterThanTheTimeoutAreDeliveredAtLeastOnceWithAtMostOneExtraCopy}); no
 * exactly-once is claimed for it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamsStormsIT {

    private static final int CONVERSATIONS = 60;
    private static final int TURNS = 2;
    private static final Duration DRAIN = Duration.ofMinutes(3);
    private static final Duration QUIET = Duration.ofSeconds(3);
    /** Longer than the bot's 8 s Bot Connector request timeout, shorter than its 10 s Fault Tolerance timeout. */
    private static final Duration BEYOND_TIMEOUT = Duration.ofSeconds(9);

    @AutoClose
    private static BotFrameworkStandIn teams;
    @AutoClose
    private static FaultTarget target;
    private static List<String> texts;
    private static int textsUsed;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheServerWithItsOwnBotFramework() throws Exception {
        texts = customerTexts();
        teams = BotFrameworkStandIn.start(0, TestTokenSigner.generate("storm-key-1"));
        target = FaultTarget.start(Map.of(
                "MICROSOFT_APP_ID", TeamsActivities.APP_ID,
                "MICROSOFT_APP_PASSWORD", "fault-teams-password-not-a-real-one",
                "MICROSOFT_OPENID_METADATA_URL", teams.openIdMetadataUrl(),
                "MICROSOFT_TOKEN_URL", teams.tokenUrl(),
                "TEAMS_SERVICE_URL_ALLOWLIST", teams.baseUrl()));
        // warm-up, so that the storms hit a running server rather than its first requests (keys, token, JIT)
        Round warmUp = Round.post(5, 1);
        warmUp.awaitAllAnswered();
        assertThat(warmUp.tally().duplicated()).as("warm-up duplicated").isZero();
    }

    @ParameterizedTest(name = "storm {0}")
    @ValueSource(strings = {"503:30", "429:30:1", "slow:20:3000"})
    @Order(1)
    void botConnectorStormsDelayRepliesButNeverDropOrDoubleThem(String spec) throws Exception {
        FaultStorm storm = FaultStorm.parse(spec);
        int rejectedBefore = teams.rejectedAttempts().size();
        int heldBackBefore = teams.heldBackAnswers();
        teams.startStorm(storm);
        Round round;
        try {
            round = Round.post(CONVERSATIONS, TURNS);
            round.awaitAllAnswered();
        } finally {
            teams.cancelInjections();
        }
        Tally tally = round.awaitQuiet();
        int faults = storm.delay() == null ? teams.rejectedAttempts().size() - rejectedBefore
                : teams.heldBackAnswers() - heldBackBefore;
        report("storm " + storm + ": " + faults + (storm.delay() == null ? " posts answered with the fault"
                : " answers held back"), round, tally);

        assertThat(faults).as("faults the stand-in injected (%s of the posts)", storm)
                .isGreaterThanOrEqualTo(round.activities().size() * storm.percent() / 100);
        assertExactlyOnce(round, tally);
        assertNothingUnfinished();
    }

    @Test
    @Order(2)
    void answersLaterThanTheTimeoutAreDeliveredAtLeastOnceWithAtMostOneExtraCopy() throws Exception {
        int activities = 3;
        int heldBackBefore = teams.heldBackAnswers();
        teams.delayNext(activities, BEYOND_TIMEOUT);
        Round round = Round.post(activities, 1);
        round.awaitAllAnswered();
        // each reply's outbox entry is delivered once a post of it is answered in time: after the bot gave up on the
        // held-back answer, by a later post from the outbox
        assertNothingUnfinished();
        Tally tally = round.awaitQuiet();
        int timedOut = teams.heldBackAnswers() - heldBackBefore;
        report("answers held back " + BEYOND_TIMEOUT.toSeconds() + " s, beyond the bot's timeout: " + timedOut
                + " posts with an unknown outcome", round, tally);

        assertThat(timedOut).as("posts answered after the bot's timeout").isEqualTo(activities);
        assertThat(tally.lost()).as("activities without a reply").isZero();
        for (JsonObject activity : round.activities()) {
            assertThat(round.repliesTo(activity)).as("copies of the reply to %s (at least once, at most one extra"
                    + " per timed-out post)", activity.getString("id")).hasSizeBetween(1, 2);
        }
    }

    /** Activities posted in one run, and their replies at the stand-in. */
    private static final class Round {

        private final List<JsonObject> activities;
        private final long startedAt;
        private long answeredAt;

        private Round(List<JsonObject> activities, long startedAt) {
            this.activities = activities;
            this.startedAt = startedAt;
        }

        /**
         * Posts {@code conversations} conversations of {@code turns} messages each (real texts, each conversation
         * from a new customer), eight conversations at a time, each turn after the previous one's acknowledgement,
         * every post acknowledged 200 (retried like Teams retries an unacknowledged activity).
         */
        static Round post(int conversations, int turns) throws Exception {
            List<List<JsonObject>> byConversation = new ArrayList<>();
            for (int c = 0; c < conversations; c++) {
                List<JsonObject> conversation = new ArrayList<>();
                JsonObject first = TeamsActivities.customerMessage(nextText(), TeamsActivities.freshPerson(),
                        teams.baseUrl());
                conversation.add(first);
                for (int t = 1; t < turns; t++) {
                    conversation.add(TeamsActivities.followUp(first, nextText()));
                }
                byConversation.add(conversation);
            }
            long started = System.nanoTime();
            ExecutorService senders = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> sent = new ArrayList<>();
                for (List<JsonObject> conversation : byConversation) {
                    sent.add(senders.submit(() -> {
                        for (JsonObject activity : conversation) {
                            postUntilAcknowledged(activity);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : sent) {
                    future.get();
                }
            } finally {
                senders.shutdownNow();
            }
            return new Round(byConversation.stream().flatMap(List::stream).toList(), started);
        }

        List<JsonObject> activities() {
            return activities;
        }

        /** @return the replies the stand-in captured for one activity of this round */
        List<CapturedActivity> repliesTo(JsonObject activity) {
            String id = activity.getString("id");
            return teams.activitiesFor(TeamsActivities.conversationId(activity)).stream()
                    .filter(a -> id.equals(a.replyToId())).toList();
        }

        Tally tally() {
            int once = 0;
            int lost = 0;
            int duplicated = 0;
            int replies = 0;
            for (JsonObject activity : activities) {
                int copies = repliesTo(activity).size();
                replies += copies;
                once += copies == 1 ? 1 : 0;
                lost += copies == 0 ? 1 : 0;
                duplicated += copies > 1 ? 1 : 0;
            }
            Set<String> ids = activities.stream().map(a -> a.getString("id")).collect(Collectors.toSet());
            int strays = (int) activities.stream().map(TeamsActivities::conversationId).distinct()
                    .flatMap(c -> teams.activitiesFor(c).stream()).filter(a -> !ids.contains(a.replyToId())).count();
            return new Tally(activities.size(), once, lost, duplicated, replies, strays);
        }

        /** Waits until every activity has at least one reply, and notes when. */
        void awaitAllAnswered() {
            await().atMost(DRAIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(tally().lost())
                    .as("activities without a reply yet").isZero());
            answeredAt = System.nanoTime();
        }

        /** @return the tally once nothing more has arrived in the conversations for {@link #QUIET} */
        Tally awaitQuiet() {
            int[] seen = {-1};
            await().during(QUIET).atMost(QUIET.plus(Duration.ofSeconds(30))).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        Tally now = tally();
                        int posts = now.replies() + now.strays();
                        boolean unchanged = posts == seen[0];
                        seen[0] = posts;
                        return unchanged;
                    });
            return tally();
        }

        /** @return from the first post to the moment every activity had a reply */
        Duration timeToAnswerAll() {
            return Duration.ofNanos(answeredAt - startedAt);
        }
    }

    /**
     * @param activities posted
     * @param once       answered exactly once
     * @param lost       not answered
     * @param duplicated answered more than once
     * @param replies    replies to them captured, copies included
     * @param strays     other posts into their conversations (not replies to one of them)
     */
    private record Tally(int activities, int once, int lost, int duplicated, int replies, int strays) {
    }

    private static void postUntilAcknowledged(JsonObject activity) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(FaultTarget.URL + "/api/messages"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Authorization", TeamsActivities.authorization(activity, teams.signer()))
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString(), StandardCharsets.UTF_8))
                .build();
        int status = 0;
        for (int attempt = 0; attempt < 3 && status != 200; attempt++) {
            try {
                status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            }
        }
        assertThat(status).as("acknowledgement of activity %s", activity.getString("id")).isEqualTo(200);
    }

    private static synchronized String nextText() {
        return texts.get(textsUsed++ % texts.size());
    }

    private static List<String> customerTexts() throws IOException {
        try (Stream<Path> files = Files.list(TeamsActivities.FIXTURES.resolve("customer-messages"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(n -> TeamsActivities.read("customer-messages/" + n).getString("text")).toList();
        }
    }

    private static void assertExactlyOnce(Round round, Tally tally) {
        assertThat(tally.lost()).as("activities without a reply").isZero();
        assertThat(tally.duplicated()).as("activities answered more than once").isZero();
        assertThat(tally.strays()).as("other posts into the customers' conversations").isZero();
        assertThat(tally.once()).as("activities answered exactly once").isEqualTo(round.activities().size());
    }

    /** Every inbox entry done and every outbox entry delivered, in the database; the server ready. */
    private static void assertNothingUnfinished() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(target.unfinishedWork())
                .as("unfinished inbox and outbox entries").allSatisfy((state, count) -> assertThat(count).isZero()));
        assertThat(target.liberty().isReady()).as("server ready (/health/ready UP)").isTrue();
    }

    private static void report(String what, Round round, Tally tally) {
        System.out.printf(Locale.ROOT, "[fault] teams %s: %d activities in %d conversations, %d replies, %d answered"
                        + " once, lost %d, duplicated %d, stray %d; all answered %.1f s after the first post%n", what,
                tally.activities(), round.activities().stream().map(TeamsActivities::conversationId).distinct().count(),
                tally.replies(), tally.once(), tally.lost(), tally.duplicated(), tally.strays(),
                round.timeToAnswerAll().toMillis() / 1000.0);
    }
}
