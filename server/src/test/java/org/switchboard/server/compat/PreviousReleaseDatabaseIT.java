package org.switchboard.server.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackRequestSigner;

/**
 * RELIABILITY case 16, histories written by the previous release still load: a database as release f28467f (schema
 * V16) left it, with the conversations its own integration tests wrote in Slack, Teams and email (customer messages,
 * agent replies, tool calls, handoffs between agents, an escalation to a person with its ticket, a hand-back, the
 * model's stored memory, inbox, outbox and audit rows; {@code src/test/resources/compat/README.md} says how it was
 * made), is taken over by the current release: its server starts on that database and runs the migrations after
 * V16 at startup. Then the schema is at the latest version with no failed migration, every old row still reads the
 * same, and the old Slack conversation goes on where it stopped: a new message in its thread gets exactly one reply,
 * its turn follows the old turns, and the model sees the old conversation, whose stored memory grows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviousReleaseDatabaseIT {

    private static final String OLD_VERSION = "16";
    private static final String FIXTURE = "compat/previous-release-f28467f.sql";
    private static final String OLD_FLYWAY_HISTORY = "compat/previous-release-f28467f-flyway.tsv";
    /** The old tables holding histories, compared row by row before and after the upgrade. */
    private static final List<String> HISTORY_TABLES = List.of("customers", "channel_identities", "conversations",
            "messages", "chat_memories", "inbox_entries", "outbox_entries", "tickets", "audit_entries",
            "email_message_ids");
    /** The old Slack conversation that goes on: triage, knowledge, orders, a person, handed back to triage. */
    private static final String OLD_FIRST_QUESTION = "How much does a wire transfer cost?";
    private static final String NEW_QUESTION = "One more thing since my return: how long does a refund take to reach my card?";
    private static final String MODEL_ANSWER = "Refunds reach your card within 5 to 10 business days.";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AutoClose
    private static UpgradedServer target;
    private static Tables before;

    @BeforeAll
    static void startTheCurrentReleaseOnTheOldDatabase() throws Exception {
        target = UpgradedServer.populated(OLD_VERSION, FIXTURE);
        try (Connection c = target.connect()) {
            before = Tables.read(c, HISTORY_TABLES);
        }
        target.startServer(MODEL_ANSWER);
    }

    @Test
    @Order(1)
    void theCurrentMigrationsRanOnThePopulatedDatabase() throws Exception {
        try (Connection c = target.connect()) {
            List<List<String>> history = Tables.query(c, "SELECT version, description, checksum, success"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
            assertThat(history).as("failed migrations").noneMatch(row -> !"1".equals(row.get(3)));
            String latest = latestMigration();
            assertThat(history.get(history.size() - 1).get(0)).as("schema version after the upgrade").isEqualTo(latest);
            long applied = history.stream().filter(row -> Integer.parseInt(row.get(0)) > Integer.parseInt(OLD_VERSION)).count();
            // the server itself migrated the populated database at startup (not this test)
            assertThat(serverLog()).as("the upgraded server's log")
                    .contains("Database schema at version " + latest + " (" + applied + " migration(s) applied in ");
            // the released migrations were not edited afterwards: the previous release recorded the same checksums
            List<String> oldHistory = history.stream().filter(row -> Integer.parseInt(row.get(0)) <= Integer.parseInt(OLD_VERSION))
                    .map(row -> row.get(0) + "\t" + row.get(1) + "\t" + row.get(2)).toList();
            assertThat(oldHistory).as("V1..V" + OLD_VERSION + " as the previous release recorded them")
                    .containsExactlyElementsOf(resource(OLD_FLYWAY_HISTORY).lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        }
    }

    @Test
    @Order(2)
    void everyOldConversationMessageMemoryTicketAndAuditRowReadsTheSame() throws Exception {
        assertThat(before.counts()).as("the fixture's rows").isEqualTo(FixtureFigures.ROWS);
        try (Connection c = target.connect()) {
            Tables after = before.again(c);
            for (String table : HISTORY_TABLES) {
                assertThat(after.rows().get(table)).as(table + " after the upgrade")
                        .containsExactlyElementsOf(before.rows().get(table));
            }
            assertThat(Tables.query(c, "SELECT channel, COUNT(*) FROM conversations GROUP BY channel ORDER BY channel"))
                    .as("old conversations by channel").containsExactlyElementsOf(FixtureFigures.CONVERSATIONS_BY_CHANNEL);

            // the admin API reads every old conversation's transcript: every message, in order, with the same text
            for (List<String> old : Tables.query(c, "SELECT id FROM conversations ORDER BY id")) {
                long conversation = Long.parseLong(old.get(0));
                HttpResponse<String> transcript = admin("/api/admin/conversations/" + conversation);
                assertThat(transcript.statusCode()).as(transcript.body()).isEqualTo(200);
                JsonArray messages = Json.createReader(new StringReader(transcript.body())).readObject()
                        .getJsonArray("messages");
                assertThat(messages.getValuesAs(JsonObject.class).stream().map(m -> List.of(m.getString("role"),
                        m.getString("toolName", "-"), m.getString("content"))).toList())
                        .as("transcript of conversation " + conversation)
                        .containsExactlyElementsOf(Tables.query(c, "SELECT role, tool_name, content FROM messages"
                                + " WHERE conversation_id = ? ORDER BY id", conversation).stream()
                                .map(r -> List.of(r.get(0), r.get(1) == null ? "-" : r.get(1), r.get(2))).toList());
            }
            List<List<String>> stored = Tables.query(c, "SELECT role, tool_name, content FROM messages"
                    + " WHERE conversation_id = ? ORDER BY id", oldSlackConversation(c));
            assertThat(stored).extracting(r -> r.get(2)).contains(OLD_FIRST_QUESTION);
            assertThat(stored).extracting(r -> r.get(1)).contains("transfer_to_knowledge", "search_knowledge_base",
                    "transfer_to_orders", "transfer_to_human");
        }
    }

    @Test
    @Order(3)
    void anOldSlackConversationGoesOnWhereItStoppedWithItsMemory() throws Exception {
        long conversation;
        String key;
        String user;
        int oldTurns;
        int lastOldTurn;
        JsonArray oldMemory;
        String agent;
        try (Connection c = target.connect()) {
            conversation = oldSlackConversation(c);
            List<String> row = Tables.query(c, "SELECT external_key, turn_count, active_agent, status FROM conversations"
                    + " WHERE id = ?", conversation).get(0);
            key = row.get(0);
            oldTurns = Integer.parseInt(row.get(1));
            agent = row.get(2);
            assertThat(row.get(3)).as("the old conversation was handed back to the bot").isEqualTo("OPEN");
            lastOldTurn = Integer.parseInt(Tables.query(c, "SELECT MAX(turn_number) FROM messages WHERE conversation_id = ?",
                    conversation).get(0).get(0));
            String sender = Tables.query(c, "SELECT sender_id FROM inbox_entries WHERE conversation_key = ?"
                    + " ORDER BY id LIMIT 1", key).get(0).get(0); // team:user
            user = sender.substring(sender.lastIndexOf(':') + 1);
            oldMemory = memory(c, conversation);
        }
        String[] parts = key.split("/"); // team/channel/thread
        String channel = parts[1];
        String threadTs = parts[2];

        String eventId = "EvCOMPAT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        HttpResponse<String> ack = postSigned(threadReply(eventId, parts[0], channel, threadTs, user, NEW_QUESTION));
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);

        await().atMost(WAIT).until(() -> target.slack().messagesFor(channel).size() == 1);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> target.slack().messagesFor(channel).size() == 1);
        CapturedMessage reply = target.slack().messagesFor(channel).get(0);
        assertThat(reply.text()).isEqualTo(MODEL_ANSWER);
        assertThat(reply.threadTs()).as("the reply goes to the old thread").isEqualTo(threadTs);

        try (Connection c = target.connect()) {
            List<String> row = Tables.query(c, "SELECT turn_count, active_agent, status FROM conversations WHERE id = ?",
                    conversation).get(0);
            assertThat(row).containsExactly(String.valueOf(oldTurns + 1), agent, "OPEN");
            assertThat(Tables.query(c, "SELECT turn_number, role, content FROM messages WHERE conversation_id = ?"
                    + " AND turn_number > ? ORDER BY id", conversation, lastOldTurn))
                    .as("the new turn's messages").containsExactly(
                            List.of(String.valueOf(lastOldTurn + 1), "CUSTOMER", NEW_QUESTION),
                            List.of(String.valueOf(lastOldTurn + 1), "AGENT", MODEL_ANSWER));
            JsonArray memory = memory(c, conversation);
            assertThat(memory.size()).as("stored memory grows by the new question and answer").isEqualTo(oldMemory.size() + 2);
            assertThat(memory.subList(0, oldMemory.size())).as("the old memory is kept as it was")
                    .containsExactlyElementsOf(oldMemory);
            assertThat(memory.subList(oldMemory.size(), memory.size()).toString()).contains(NEW_QUESTION)
                    .contains(MODEL_ANSWER);
            assertThat(Tables.query(c, "SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND turn_number <= ?",
                    conversation, lastOldTurn).get(0).get(0)).as("old messages")
                    .isEqualTo(String.valueOf(before.rows().get("messages").stream()
                            .filter(r -> r.get(1).equals(String.valueOf(conversation))).count()));
        }

        // the model was asked once, with the old conversation: its memory loaded, as the agent that was active
        assertThat(target.model().requests()).hasSize(1);
        JsonObject request = target.model().requests().get(0);
        assertThat(request.toString()).contains(OLD_FIRST_QUESTION).contains("What is the order number?")
                .contains("Glad it's sorted! Anything else?").contains(NEW_QUESTION);
        assertThat(request.getJsonArray("messages").getJsonObject(0).getString("content")).contains(agent);
    }

    private static long oldSlackConversation(Connection c) throws Exception {
        return Long.parseLong(Tables.query(c, "SELECT DISTINCT conversation_id FROM messages m JOIN conversations v"
                + " ON v.id = m.conversation_id WHERE v.channel = 'SLACK' AND m.role = 'CUSTOMER' AND m.content = ?",
                OLD_FIRST_QUESTION).get(0).get(0));
    }

    private static JsonArray memory(Connection c, long conversation) throws Exception {
        String json = Tables.query(c, "SELECT messages_json FROM chat_memories WHERE conversation_id = ?", conversation)
                .get(0).get(0);
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static String threadReply(String eventId, String team, String channel, String threadTs, String user,
                                      String text) {
        long micros = Instant.now().toEpochMilli() * 1000;
        String ts = (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
        JsonObject event = Json.createObjectBuilder().add("type", "message").add("text", text).add("user", user)
                .add("ts", ts).add("thread_ts", threadTs).add("team", team).add("channel", channel)
                .add("event_ts", ts).add("channel_type", "channel").build();
        return Json.createObjectBuilder().add("token", "verification-token").add("team_id", team)
                .add("api_app_id", "A111").add("event", event).add("type", "event_callback").add("event_id", eventId)
                .add("event_time", Instant.now().getEpochSecond()).add("authed_users", JsonValue.EMPTY_JSON_ARRAY)
                .build().toString();
    }

    private static HttpResponse<String> postSigned(String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(UpgradedServer.URL + "/slack/events"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        new SlackRequestSigner(UpgradedServer.SIGNING_SECRET).headers(body).forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> admin(String path) throws Exception {
        String credentials = UpgradedServer.ADMIN_USER + ":" + UpgradedServer.ADMIN_PASSWORD;
        return HTTP.send(HttpRequest.newBuilder(URI.create(UpgradedServer.URL + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return the highest version among the migrations this build ships ({@code db/migration/V<n>__*.sql}) */
    private static String latestMigration() throws Exception {
        URL marker = PreviousReleaseDatabaseIT.class.getClassLoader().getResource("db/migration/flyway.location");
        assertThat(marker).as("db/migration on the class path").isNotNull();
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of(marker.toURI()).getParent())) {
            return String.valueOf(files.map(p -> name.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        }
    }

    private static String serverLog() throws IOException {
        return new String(Files.readAllBytes(Path.of(System.getProperty("it.wlp"), "usr", "servers",
                System.getProperty("it.fault.server"), "logs", "messages.log")), StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PreviousReleaseDatabaseIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the fixture holds, so that a fixture that lost rows cannot pass unnoticed. */
    private static final class FixtureFigures {
        static final Map<String, Integer> ROWS = Map.of("customers", 5, "channel_identities", 5, "conversations", 6,
                "messages", 45, "chat_memories", 2, "inbox_entries", 12, "outbox_entries", 11, "tickets", 5,
                "audit_entries", 17, "email_message_ids", 6);
        static final List<List<String>> CONVERSATIONS_BY_CHANNEL = List.of(List.of("EMAIL", "2"), List.of("SLACK", "2"),
                List.of("TEAMS", "2"));
    }
}
