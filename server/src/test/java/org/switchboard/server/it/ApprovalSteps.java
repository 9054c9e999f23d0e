package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.send;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Steps the approval integration tests share: open a customer conversation in Slack, make the held refund call
 * through {@link ApprovalTriggerResource}, count the refund's runs, call the admin API, run SQL.
 */
final class ApprovalSteps {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String ADMIN = System.getProperty("it.admin.user");
    static final String PASSWORD = System.getProperty("it.admin.password");

    private ApprovalSteps() {
    }

    /** Sends a customer message in a fresh channel, waits for the bot's reply and returns the conversation id. */
    static long openConversation(String channel) {
        return openConversation(SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, "Thank you!"));
    }

    /** As {@link #openConversation(String)}, written by the given Slack user (a new customer for a fresh id). */
    static long openConversation(String channel, String user) {
        return openConversation(SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, "Thank you!",
                user));
    }

    private static long openConversation(JsonObject message) {
        String channel = message.getJsonObject("event").getString("channel");
        String eventId = message.getString("event_id");
        assertThat(postSigned(message.toString()).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        return conversationOf(eventId);
    }

    /** @return the id of the conversation that the inbound message with this external id (event or activity id) is in */
    static long conversationOf(String externalId) {
        return count("SELECT c.id FROM conversations c JOIN inbox_entries i ON c.external_key = i.conversation_key"
                + " AND c.channel = i.channel WHERE i.external_id = ?", externalId);
    }

    /** Makes the refund call for a conversation as a model turn would; returns the tool result as JSON. */
    static JsonObject trigger(long conversation, String order, int amount) {
        HttpResponse<String> response = send("POST", "/api/it/conversations/" + conversation + "/refund?order="
                + order + "&amount=" + amount, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    /** @return how often the test refund ran for an order (audit entries, so counted across restarts) */
    static long runs(String order) {
        return count("SELECT COUNT(*) FROM audit_entries WHERE action = ? AND subject = ?",
                ApprovalTestPlugin.EXECUTED, "order:" + order);
    }

    /** @return a new order id */
    static String freshOrder() {
        return "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** @return the approvals the admin API lists (up to 200) */
    static List<JsonObject> approvalsListed() {
        HttpResponse<String> response = admin("GET", "/api/admin/approvals?size=200", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    /** Runs one SQL update that must change exactly one row. */
    static void execute(String sql, Object... params) {
        try (Connection c = ItEnvironment.db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the JSON object in a body */
    static JsonObject parse(String body) {
        JsonValue value = Json.createReader(new StringReader(body)).readValue();
        return value.asJsonObject();
    }
}
