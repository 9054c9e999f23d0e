package org.switchboard.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.switchboard.bench.load.LoadOptions;
import org.switchboard.bench.load.LoadResult;
import org.switchboard.bench.load.LoadRun;
import org.switchboard.bench.load.SlackLoad;
import org.switchboard.bench.replay.EventPoster;
import org.switchboard.bench.replay.SlackPayload;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackRequestSigner;

/**
 * Two product servers on one MariaDB share the inbox (RELIABILITY case 13 across servers, issue 7), part of
 * {@code mvn verify}: both copies of the product's server definition run as real processes on one database and post
 * to one Slack stand-in ({@link TwoServersTarget}). Like a load balancer in front of them, the test spreads signed
 * events over both: a stream of the real customer messages of {@code test-fixtures/slack/customer-messages} (each a
 * conversation of its own, round-robin), and meanwhile conversations of several turns whose consecutive messages (a
 * question, then thread replies) go to alternate servers, each posted as soon as the previous one was acknowledged
 * (so it usually arrives while the other server is still running the previous turn).
 *
 * <p>Then: every event has exactly one reply at the stand-in (none lost, none doubled); no inbox entry is pending or
 * failed, none failed even once on the way, and every reply was delivered; each conversation of several turns is one
 * conversation whose stored turns follow the order the messages were sent, with one agent answer per turn, and whose
 * replies reached Slack in that order; no customer was created twice; the servers' logs show no deadlock and no
 * duplicate key; and the work was shared: each server's trace log names the turns it ran (one line per turn,
 * {@code TurnProcessor} at {@code FINE}), both ran turns, no turn was run by both, and turns of one conversation ran
 * on both servers. The figures are printed.
 *
 * <p>And the hard case of messages arriving at once: a message stored first whose commit comes last (its request's
 * transaction, on one server, holds the insert uncommitted while the next message of the same conversation is stored
 * and committed on the other) still takes its turn first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersOneDatabaseIT {

    private static final double STREAM_RATE = 16;
    private static final int STREAM_MESSAGES = 400;
    private static final int CONVERSATIONS = 20;
    private static final int TURNS = 6;
    private static final List<String> FOLLOW_UPS = List.of("Thanks!", "Good morning", "thank you", "hi there", "bye");
    private static final Pattern OUTBOX_ID = Pattern.compile("\"outbox_id\"\\s*:\\s*\"?(\\d+)");
    private static final AtomicLong TS = new AtomicLong(System.currentTimeMillis() * 1000);

    @AutoClose
    private static TwoServersTarget target;
    private static List<SlackPayload> customerMessages;
    private static SlackPayload question;
    private static List<EventPoster> posters;

    /**
     * One event of a multi-turn conversation as it was sent.
     *
     * @param eventId  its {@code event_id}
     * @param servedBy the index of the server that acknowledged it
     */
    record Sent(String eventId, int servedBy) {
    }

    /**
     * A multi-turn conversation as it was sent: a question in a channel, then replies in its thread.
     *
     * @param channel  the channel (one per conversation)
     * @param threadTs the question's {@code ts}, the thread every reply is in
     * @param messages the events in the order they were sent (each after the previous one was acknowledged)
     */
    record SentConversation(String channel, String threadTs, List<Sent> messages) {
    }

    @BeforeAll
    static void startTwoServersOnOneDatabase() throws Exception {
        Path fixtures = Path.of(System.getProperty("it.slack.fixtures"), "customer-messages");
        customerMessages = SlackLoad.customerMessages(List.of(fixtures));
        Path questionFile = fixtures.resolve("msg-000-channel-passcode_forgotten.json");
        question = SlackPayload.parse(questionFile, Files.readString(questionFile, StandardCharsets.UTF_8));
        target = TwoServersTarget.start();
        posters = target.servers().stream()
                .map(s -> new EventPoster(s.url(), new SlackRequestSigner(FaultTarget.SIGNING_SECRET), Duration.ofSeconds(30)))
                .toList();
        // warm-up of both servers, so that the run measures running servers rather than their first requests
        LoadResult warmUp = load(60, 10);
        assertThat(warmUp.lost()).as("warm-up lost").isZero();
    }

    @Test
    @Order(1)
    void twoServersOnOneDatabaseAnswerEveryMessageOnceAndRunTheTurnsOfAConversationInTheOrderSent() throws Exception {
        int delivered = target.slack().messages().size();
        long started = System.nanoTime();
        ExecutorService streamSender = Executors.newSingleThreadExecutor();
        ScheduledExecutorService talkers = Executors.newScheduledThreadPool(8);
        List<SentConversation> conversations = new ArrayList<>();
        LoadResult stream;
        try {
            Future<LoadResult> running = streamSender.submit(() -> load(STREAM_MESSAGES, STREAM_RATE));
            List<ScheduledFuture<SentConversation>> talking = new ArrayList<>();
            for (int c = 0; c < CONVERSATIONS; c++) {
                int index = c;
                // spread over the stream's 25 s, so that they meet the stream's turns on both servers
                talking.add(talkers.schedule(() -> converse(index), c * 1200L, TimeUnit.MILLISECONDS));
            }
            for (ScheduledFuture<SentConversation> conversation : talking) {
                conversations.add(conversation.get(10, TimeUnit.MINUTES));
            }
            stream = running.get(15, TimeUnit.MINUTES);
        } finally {
            streamSender.shutdownNow();
            talkers.shutdownNow();
        }
        Set<String> threadChannels = new HashSet<>(conversations.stream().map(SentConversation::channel).toList());
        int threadMessages = CONVERSATIONS * TURNS;
        await().atMost(Duration.ofMinutes(4)).until(() -> repliesIn(threadChannels).size() >= threadMessages);
        // late duplicates would show up here
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                .until(() -> repliesIn(threadChannels).size() == threadMessages);
        Duration duration = Duration.ofNanos(System.nanoTime() - started);

        // every event answered exactly once, at the stand-in (the customer's view)
        assertThat(stream.acknowledged()).as("stream events acknowledged").isEqualTo(STREAM_MESSAGES);
        assertThat(stream.lost()).as("stream messages without a reply").isZero();
        assertThat(stream.duplicated()).as("stream messages answered more than once").isZero();
        Map<Long, String> eventOfOutbox = eventIdsOfOutboxEntries();
        Map<String, List<CapturedMessage>> repliesByEvent = new HashMap<>();
        for (CapturedMessage reply : repliesIn(threadChannels)) {
            repliesByEvent.computeIfAbsent(eventOfOutbox.get(outboxId(reply)), k -> new ArrayList<>()).add(reply);
        }
        int lost = 0;
        int duplicated = 0;
        for (SentConversation conversation : conversations) {
            for (Sent sent : conversation.messages()) {
                List<CapturedMessage> replies = repliesByEvent.getOrDefault(sent.eventId(), List.of());
                lost += replies.isEmpty() ? 1 : 0;
                duplicated += Math.max(0, replies.size() - 1);
                assertThat(replies).as("replies to " + sent.eventId()).hasSize(1)
                        .allSatisfy(r -> assertThat(r.threadTs()).isEqualTo(conversation.threadTs()));
            }
        }

        // nothing unfinished, nothing failed even once, every reply delivered, no customer twice
        assertThat(FaultTarget.unfinishedWork(target.jdbcUrl())).as("unfinished inbox and outbox entries")
                .allSatisfy((state, count) -> assertThat(count).as(state).isZero());
        assertThat(column("SELECT CONCAT(id, ': ', COALESCE(last_error, '')) FROM inbox_entries WHERE attempts > 0"))
                .as("turns that failed at least once (and were retried)").isEmpty();
        assertThat(column("SELECT CONCAT(id, ' ', status) FROM outbox_entries WHERE status <> 'DELIVERED'"))
                .as("replies not delivered").isEmpty();
        assertThat(column("SELECT id FROM customers c WHERE NOT EXISTS"
                + " (SELECT 1 FROM channel_identities i WHERE i.customer_id = c.id)")).as("customers without identity").isEmpty();

        // each multi-turn conversation: one conversation, turns in the order sent, replies in that order
        long done = Long.parseLong(column("SELECT COUNT(*) FROM inbox_entries WHERE status = 'DONE'").get(0));
        // the trace logs are written a moment after the turns commit
        await().atMost(Duration.ofSeconds(30)).until(() -> target.turnsRunByServer().values().stream()
                .mapToLong(List::size).sum() >= done);
        Map<String, List<Long>> turnsRun = target.turnsRunByServer();
        Map<Long, Integer> serverOfEntry = new HashMap<>();
        List<String> names = target.servers().stream().map(TwoServersTarget.Server::name).toList();
        for (int s = 0; s < names.size(); s++) {
            for (long entry : turnsRun.get(names.get(s))) {
                Integer earlier = serverOfEntry.put(entry, s);
                assertThat(earlier).as("inbox entry " + entry + " run again (by server " + s + ")").isNull();
            }
        }
        int crossServer = 0;
        for (SentConversation conversation : conversations) {
            List<String> sentOrder = conversation.messages().stream().map(Sent::eventId).toList();
            List<String> conversationIds = column("SELECT DISTINCT m.conversation_id FROM messages m JOIN inbox_entries i"
                    + " ON m.inbox_entry_id = i.id WHERE i.external_id IN (" + placeholders(sentOrder) + ")", sentOrder);
            assertThat(conversationIds).as("conversations of thread " + conversation.channel()).hasSize(1);
            String id = conversationIds.get(0);
            assertThat(column("SELECT i.external_id FROM messages m JOIN inbox_entries i ON m.inbox_entry_id = i.id"
                    + " WHERE m.conversation_id = ? AND m.role = 'CUSTOMER' ORDER BY m.turn_number", List.of(id)))
                    .as("customer lines of " + conversation.channel() + " in turn order").isEqualTo(sentOrder);
            assertThat(column("SELECT turn_number FROM messages WHERE conversation_id = ? AND role = 'CUSTOMER'"
                    + " ORDER BY turn_number", List.of(id))).as("turn numbers")
                    .isEqualTo(IntStream.rangeClosed(1, TURNS).mapToObj(Integer::toString).toList());
            assertThat(column("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND role = 'AGENT'"
                    + " GROUP BY turn_number ORDER BY turn_number", List.of(id))).as("agent lines per turn")
                    .hasSize(TURNS).containsOnly("1");
            assertThat(column("SELECT turn_count FROM conversations WHERE id = ?", List.of(id))).containsExactly(
                    Integer.toString(TURNS));
            List<String> replyOrder = target.slack().messagesFor(conversation.channel()).stream()
                    .map(r -> eventOfOutbox.get(outboxId(r))).toList();
            assertThat(replyOrder).as("replies of " + conversation.channel() + " in the order received by Slack")
                    .isEqualTo(sentOrder);
            Set<Integer> ranOn = new HashSet<>();
            for (String entry : column("SELECT id FROM inbox_entries WHERE external_id IN (" + placeholders(sentOrder)
                    + ")", sentOrder)) {
                Integer server = serverOfEntry.get(Long.parseLong(entry));
                assertThat(server).as("server that ran inbox entry " + entry).isNotNull();
                ranOn.add(server);
            }
            crossServer += ranOn.size() > 1 ? 1 : 0;
        }

        // the work was shared, and every turn was run by exactly one of them
        assertThat((long) serverOfEntry.size()).as("turns named in the servers' trace logs").isEqualTo(done);
        int[] turnsPerServer = new int[names.size()];
        serverOfEntry.values().forEach(s -> turnsPerServer[s]++);
        int[] postedPerServer = new int[names.size()];
        conversations.forEach(c -> c.messages().forEach(m -> postedPerServer[m.servedBy()]++));
        for (int s = 0; s < names.size(); s++) {
            List<String> log = TwoServersTarget.messagesLog(target.servers().get(s));
            assertThat(log).as("messages.log of " + names.get(s)).noneMatch(line -> line.contains("Deadlock")
                    || line.contains("Duplicate entry") || line.contains("Lock wait timeout"));
            System.out.printf(Locale.ROOT, "[two-servers] %s: %d warnings/errors in messages.log%n", names.get(s),
                    log.stream().filter(l -> l.matches("^\\[[^]]+] \\S+ +\\S+ +[WE] .*")).count());
        }
        System.out.printf(Locale.ROOT, "[two-servers] %d messages (%d single-message conversations round-robin, %d"
                        + " conversations x %d turns alternating servers) in %.1f s; turns run by server A %d / B %d"
                        + " (%.0f %% / %.0f %%, warm-up included); conversation messages acknowledged by A %d / B %d;"
                        + " conversations whose turns ran on both servers %d/%d; lost %d, duplicated %d; stream %.1f"
                        + " msg/s sustained, ack p99 %.0f ms, reply p50 %.0f / p99 %.0f ms%n",
                STREAM_MESSAGES + threadMessages, STREAM_MESSAGES, CONVERSATIONS, TURNS, duration.toMillis() / 1000.0,
                turnsPerServer[0], turnsPerServer[1], 100.0 * turnsPerServer[0] / done, 100.0 * turnsPerServer[1] / done,
                postedPerServer[0], postedPerServer[1], crossServer, CONVERSATIONS, stream.lost() + lost,
                stream.duplicated() + duplicated, stream.sustainedPerSecond(), stream.ackLatency().percentile(99),
                stream.replyLatency().percentile(50), stream.replyLatency().percentile(99));
        assertThat(turnsPerServer).as("turns run per server").doesNotContain(0);
        assertThat(crossServer).as("conversations whose turns ran on both servers").isPositive();
        assertThat(target.slack().messages().size() - delivered).as("replies in this run")
                .isEqualTo(STREAM_MESSAGES + threadMessages);
    }

    @Test
    @Order(2)
    void aMessageStoredFirstButCommittedLastStillTakesItsTurnBeforeTheNextMessageOfItsConversation() throws Exception {
        String channel = freshChannel();
        String threadTs = freshTs();
        String first = freshEventId();
        postUntilAcknowledged(message(first, channel, threadTs, null, question.text()), 0);
        await().atMost(Duration.ofMinutes(2)).until(() -> target.slack().messagesFor(channel).size() == 1);
        String slow = freshEventId();
        String next = freshEventId();
        try (Connection request = DriverManager.getConnection(target.jdbcUrl(), "root", "")) {
            // the transaction of a request that stores a message of the conversation and has not committed yet
            request.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            request.setAutoCommit(false);
            insertPendingCopy(request, first, slow, "Thanks!");
            // the next message of the conversation, at the other server, stored and committed meanwhile
            assertThat(postUntilAcknowledged(message(next, channel, freshTs(), threadTs, "Good morning"), 1))
                    .as("server that stored the next message").isEqualTo(1);
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                    .until(() -> column("SELECT status FROM inbox_entries WHERE external_id = ?", List.of(next)),
                            statuses -> statuses.equals(List.of("PENDING")));
            request.commit();
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> target.slack().messagesFor(channel).size() >= 3);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                .until(() -> target.slack().messagesFor(channel).size() == 3);
        List<String> stored = List.of(first, slow, next);
        String conversation = column("SELECT DISTINCT m.conversation_id FROM messages m JOIN inbox_entries i"
                + " ON m.inbox_entry_id = i.id WHERE i.external_id IN (?, ?, ?)", stored).get(0);
        assertThat(column("SELECT i.external_id FROM messages m JOIN inbox_entries i ON m.inbox_entry_id = i.id"
                + " WHERE m.conversation_id = ? AND m.role = 'CUSTOMER' ORDER BY m.turn_number", List.of(conversation)))
                .as("customer lines in turn order").isEqualTo(stored);
        Map<Long, String> eventOfOutbox = eventIdsOfOutboxEntries();
        assertThat(target.slack().messagesFor(channel)).extracting(r -> eventOfOutbox.get(outboxId(r)))
                .as("replies in the order received by Slack").isEqualTo(stored);
        assertThat(column("SELECT CONCAT(id, ': ', COALESCE(last_error, '')) FROM inbox_entries WHERE attempts > 0"))
                .as("turns that failed at least once").isEmpty();
    }

    /**
     * Inserts, in the given transaction, a pending inbox entry that is a copy of the stored message {@code of}
     * (same conversation and sender) with another event id and text, as the inbox writer stores a message.
     */
    private static void insertPendingCopy(Connection transaction, String of, String eventId, String text)
            throws SQLException {
        List<String> columns = List.of("channel", "conversation_key", "conversation_ref", "sender_id", "sender_name",
                "attachments", "raw_payload");
        List<String> values = new ArrayList<>();
        try (PreparedStatement read = transaction.prepareStatement("SELECT " + String.join(", ", columns)
                + " FROM inbox_entries WHERE external_id = ?")) {
            read.setString(1, of);
            try (ResultSet rs = read.executeQuery()) {
                assertThat(rs.next()).as("stored message " + of).isTrue();
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(rs.getString(i));
                }
            }
        }
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO inbox_entries ("
                + String.join(", ", columns) + ", external_id, text, status, attempts, next_attempt_at, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, UTC_TIMESTAMP(6) - INTERVAL 1 SECOND,"
                + " UTC_TIMESTAMP(6))")) {
            for (int i = 0; i < values.size(); i++) {
                insert.setString(i + 1, values.get(i));
            }
            insert.setString(values.size() + 1, eventId);
            insert.setString(values.size() + 2, text);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static String freshChannel() {
        return "CTWO" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String freshEventId() {
        return "EvTWO" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /** Sends one conversation: the question, then the follow-ups in its thread, alternating servers. */
    private static SentConversation converse(int index) throws Exception {
        String channel = freshChannel();
        String threadTs = freshTs();
        List<Sent> sent = new ArrayList<>();
        for (int turn = 0; turn < TURNS; turn++) {
            String eventId = freshEventId();
            String body = turn == 0 ? message(eventId, channel, threadTs, null, question.text())
                    : message(eventId, channel, freshTs(), threadTs, FOLLOW_UPS.get((turn - 1) % FOLLOW_UPS.size()));
            sent.add(new Sent(eventId, postUntilAcknowledged(body, (index + turn) % posters.size())));
        }
        return new SentConversation(channel, threadTs, List.copyOf(sent));
    }

    /**
     * Posts until a server acknowledges, first to {@code first}, then (like a load balancer routing around a server
     * that did not answer, and like Slack's retries of the same event) to the next one, every 500 ms.
     *
     * @return the index of the server that acknowledged
     */
    private static int postUntilAcknowledged(String body, int first) {
        AtomicInteger attempt = new AtomicInteger();
        AtomicInteger servedBy = new AtomicInteger(-1);
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).atMost(Duration.ofMinutes(5)).until(() -> {
            int server = (first + attempt.getAndIncrement()) % posters.size();
            try {
                if (posters.get(server).post(body).acknowledged()) {
                    servedBy.set(server);
                    return true;
                }
            } catch (IOException e) {
                // no answer: posted again
            }
            return false;
        });
        return servedBy.get();
    }

    /** The real customer message {@code msg-000} with another event id, channel, ts, thread and text. */
    private static String message(String eventId, String channel, String ts, String threadTs, String text) {
        JsonObject root = question.root().deepCopy();
        root.addProperty("event_id", eventId);
        JsonObject event = root.getAsJsonObject("event");
        event.addProperty("channel", channel);
        event.addProperty("ts", ts);
        event.addProperty("event_ts", ts);
        event.addProperty("text", text);
        event.remove("client_msg_id");
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        return root.toString();
    }

    private static String freshTs() {
        long micros = TS.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format(Locale.ROOT, "%06d", micros % 1_000_000);
    }

    private static LoadResult load(int messages, double rate) throws Exception {
        List<String> args = List.of("--url=" + target.servers().get(0).url(), "--also-url=" + target.servers().get(1).url(),
                "--standin-port=" + target.slack().port(), "--rate=" + rate, "--messages=" + messages,
                "--concurrency=32", "--drain-seconds=240", "--retry-seconds=300");
        LoadOptions options = LoadOptions.parse(args.toArray(String[]::new),
                Map.of("SLACK_SIGNING_SECRET", FaultTarget.SIGNING_SECRET));
        return new LoadRun(options, customerMessages).run(target.slack());
    }

    private static List<CapturedMessage> repliesIn(Set<String> channels) {
        return target.slack().messages().stream().filter(m -> channels.contains(m.channel())).toList();
    }

    private static long outboxId(CapturedMessage reply) {
        Matcher m = OUTBOX_ID.matcher(String.valueOf(reply.params().get("metadata")));
        assertThat(m.find()).as("outbox id in the metadata of " + reply).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Map<Long, String> eventIdsOfOutboxEntries() throws SQLException {
        Map<Long, String> events = new HashMap<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "root", "");
             PreparedStatement s = c.prepareStatement("SELECT o.id, i.external_id FROM outbox_entries o"
                     + " JOIN inbox_entries i ON o.inbox_entry_id = i.id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                events.put(rs.getLong(1), rs.getString(2));
            }
        }
        return events;
    }

    private static String placeholders(List<String> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static List<String> column(String sql) throws SQLException {
        return column(sql, List.of());
    }

    private static List<String> column(String sql, List<String> parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "root", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
