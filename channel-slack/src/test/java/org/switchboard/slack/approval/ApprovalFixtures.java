package org.switchboard.slack.approval;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.json.Json;
import java.lang.reflect.Field;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.slack.SlackFixtures;

/** Approval requests and real {@code block_actions} payloads for the approval tests. */
final class ApprovalFixtures {

    /** A button click from the Java Slack SDK's tests. */
    static final String CLICK = "interactivity/block_actions/java_BlockActionPayloadTest-L171.json";
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private ApprovalFixtures() {
    }

    /** @return a pending request with the given id, as if loaded from the database */
    static ApprovalRequest request(long id, String args) {
        ApprovalRequest request = new ApprovalRequest(new ToolCall("refund_order",
                Json.createReader(new java.io.StringReader(args)).readObject()),
                new ToolContext(new CustomerId(7), new ConversationId(9), Channel.SLACK), NOW, NOW.plusSeconds(3600));
        try {
            Field field = ApprovalRequest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(request, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return request;
    }

    /** @return the fixture click's JSON with user, channel, action and value replaced */
    static String clickJson(String user, String channel, String actionId, String value) {
        JsonObject payload = SlackFixtures.json(SlackFixtures.read(CLICK));
        payload.getAsJsonObject("user").addProperty("id", user);
        payload.getAsJsonObject("channel").addProperty("id", channel);
        payload.getAsJsonObject("container").addProperty("channel_id", channel);
        JsonArray actions = payload.getAsJsonArray("actions");
        actions.get(0).getAsJsonObject().addProperty("action_id", actionId);
        actions.get(0).getAsJsonObject().addProperty("value", value);
        return payload.toString();
    }

    /** @return the click as Slack posts it: {@code payload=<url-encoded JSON>} */
    static String clickForm(String user, String channel, String actionId, String value) {
        return "payload=" + URLEncoder.encode(clickJson(user, channel, actionId, value), StandardCharsets.UTF_8);
    }
}
