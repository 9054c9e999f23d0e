package org.switchboard.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The requests of the answers ITs, made from this project's own fixtures ({@code src/test/resources/answers-ux},
 * see SOURCES.md there): a Slack channel message, a Slack button click ({@code block_actions}, form-encoded as Slack
 * posts it) and a Teams personal-chat message, with fresh ids.
 */
final class AnswersUxFixtures {

    private AnswersUxFixtures() {
    }

    /**
     * @param channel the channel
     * @param user    the customer's user id
     * @param ts      the message's ts (also the thread's, as a top-level message starts one)
     * @param text    the text
     * @return the signed-to-be {@code event_callback} body
     */
    static String slackMessage(String channel, String user, String ts, String text) {
        JsonObject template = read("slack-message.json");
        return Json.createObjectBuilder(template)
                .add("event_id", "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase())
                .add("event", Json.createObjectBuilder(template.getJsonObject("event"))
                        .add("channel", channel).add("user", user).add("ts", ts).add("event_ts", ts).add("text", text))
                .build().toString();
    }

    /**
     * @param channel   the channel of the clicked message
     * @param user      who clicks
     * @param threadTs  the thread the clicked message is in
     * @param messageTs the clicked message's ts
     * @param actionId  the button's action id
     * @param value     the button's value
     * @param actionTs  when the click happened (Slack's {@code action_ts})
     * @return the form body {@code payload=<url-encoded JSON>}
     */
    static String slackClick(String channel, String user, String threadTs, String messageTs, String actionId,
                             String value, String actionTs) {
        JsonObject template = read("slack-block-actions.json");
        JsonObject action = Json.createObjectBuilder(template.getJsonArray("actions").getJsonObject(0))
                .add("action_id", actionId).add("value", value).add("action_ts", actionTs)
                .add("text", Json.createObjectBuilder().add("type", "plain_text").add("text", value)).build();
        JsonObjectBuilder payload = Json.createObjectBuilder(template)
                .add("user", Json.createObjectBuilder(template.getJsonObject("user")).add("id", user))
                .add("channel", Json.createObjectBuilder(template.getJsonObject("channel")).add("id", channel))
                .add("container", Json.createObjectBuilder(template.getJsonObject("container"))
                        .add("channel_id", channel).add("message_ts", messageTs).add("thread_ts", threadTs))
                .add("message", Json.createObjectBuilder(template.getJsonObject("message"))
                        .add("ts", messageTs).add("thread_ts", threadTs))
                .add("actions", Json.createArrayBuilder().add(action));
        return "payload=" + URLEncoder.encode(payload.build().toString(), StandardCharsets.UTF_8);
    }

    /**
     * @param text       the text
     * @param person     the sender's Entra object id
     * @param serviceUrl the Bot Connector to answer through
     * @return a personal-chat message activity in a new conversation
     */
    static JsonObject teamsMessage(String text, String person, String serviceUrl) {
        JsonObject template = read("teams-message.json");
        return Json.createObjectBuilder(template)
                .add("id", "ux-" + UUID.randomUUID())
                .add("serviceUrl", serviceUrl)
                .add("text", text)
                .add("from", Json.createObjectBuilder(template.getJsonObject("from")).add("aadObjectId", person))
                .add("conversation", Json.createObjectBuilder(template.getJsonObject("conversation"))
                        .add("id", "a:ux-" + UUID.randomUUID()))
                .build();
    }

    /**
     * @param first the conversation's message that got the card
     * @param data  the pressed {@code Action.Submit}'s data
     * @return the message activity Teams sends for the press: no text, the data as {@code value}
     */
    static JsonObject teamsSubmit(JsonObject first, JsonObject data) {
        JsonObjectBuilder submit = Json.createObjectBuilder(first).add("id", "ux-" + UUID.randomUUID()).add("value", data);
        submit.remove("text");
        return submit.build();
    }

    private static JsonObject read(String name) {
        try (InputStream in = AnswersUxFixtures.class.getResourceAsStream("/answers-ux/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource answers-ux/" + name);
            }
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
