package org.switchboard.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Real {@code block_actions} interactivity bodies for the approval buttons, made from a payload of the Java Slack
 * SDK's tests (shared data {@code interactivity/block_actions/java_BlockActionPayloadTest-L171.json}, a button
 * click) with the user, channel, clicked message and action replaced, and form-encoded as Slack posts them:
 * {@code payload=<url-encoded JSON>}.
 */
final class BlockActionPayloads {

    static final String FIXTURE = "interactivity/block_actions/java_BlockActionPayloadTest-L171.json";
    static final String TEAM = "T111";

    private BlockActionPayloads() {
    }

    /**
     * @param user      the clicking user's id
     * @param channel   the channel of the clicked message
     * @param messageTs the clicked message's ts
     * @param actionId  the button's action_id
     * @param value     the button's value
     * @return the form body
     */
    static String click(String user, String channel, String messageTs, String actionId, String value) {
        JsonObject original = Json.createReader(new StringReader(ItEnvironment.fixture(FIXTURE))).readObject();
        JsonObject action = Json.createObjectBuilder(original.getJsonArray("actions").getJsonObject(0))
                .add("action_id", actionId).add("value", value).add("block_id", "switchboard_approval_actions")
                .build();
        JsonObjectBuilder payload = Json.createObjectBuilder(original)
                .add("user", Json.createObjectBuilder(original.getJsonObject("user")).add("id", user)
                        .add("team_id", TEAM))
                .add("team", Json.createObjectBuilder(original.getJsonObject("team")).add("id", TEAM))
                .add("channel", Json.createObjectBuilder(original.getJsonObject("channel")).add("id", channel))
                .add("container", Json.createObjectBuilder(original.getJsonObject("container"))
                        .add("channel_id", channel).add("message_ts", messageTs).add("is_ephemeral", false))
                .add("actions", Json.createArrayBuilder().add(action));
        return "payload=" + URLEncoder.encode(payload.build().toString(), StandardCharsets.UTF_8);
    }
}
