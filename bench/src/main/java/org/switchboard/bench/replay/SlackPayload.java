package org.switchboard.bench.replay;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One Slack <a href="https://api.slack.com/apis/events-api#callback-field">Events API request body</a> read
 * from a file, with accessors for the fields the replay needs. Accessors return {@code null} for a field that
 * is absent, JSON null or not a string/number.
 *
 * @param file the file it was read from (absolute)
 * @param body the exact text to POST (the file's text, or a re-serialisation after
 *             {@link #withEventId(String)})
 * @param root the parsed body; treat as read-only
 */
public record SlackPayload(Path file, String body, JsonObject root) {

    /**
     * Validates the components.
     *
     * @param file the file component, see the record description
     * @param body the body component, see the record description
     * @param root the root component, see the record description
     * @throws NullPointerException if a component is null
     */
    public SlackPayload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(root, "root");
    }

    /**
     * Parses a body.
     *
     * @param file where the body came from
     * @param body the JSON text
     * @return the payload, keeping {@code body} as is
     * @throws IllegalArgumentException if the text is not JSON or not a JSON object
     */
    public static SlackPayload parse(Path file, String body) {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            Throwable detail = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(detail.getMessage()).lines().findFirst().orElse("");
            throw new IllegalArgumentException("not valid JSON (" + message + ")", e);
        }
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new SlackPayload(file, body, root.getAsJsonObject());
    }

    /**
     * The envelope type.
     *
     * @return top-level {@code type}, e.g. {@code event_callback} or {@code url_verification}
     */
    public String type() {
        return string(root, "type");
    }

    /**
     * The envelope's event id.
     *
     * @return top-level {@code event_id}, e.g. {@code Ev0PV52K25}
     */
    public String eventId() {
        return string(root, "event_id");
    }

    /**
     * The inner event object.
     *
     * @return top-level {@code event} when it is an object, else null
     */
    public JsonObject event() {
        JsonElement event = root.get("event");
        return event != null && event.isJsonObject() ? event.getAsJsonObject() : null;
    }

    /**
     * The event type.
     *
     * @return {@code event.type}, e.g. {@code message}, {@code app_mention}
     */
    public String eventType() {
        return eventString("type");
    }

    /**
     * The message subtype.
     *
     * @return {@code event.subtype}, e.g. {@code bot_message}, {@code message_changed}; null for a plain
     *         user message
     */
    public String subtype() {
        return eventString("subtype");
    }

    /**
     * The bot that sent the message.
     *
     * @return {@code event.bot_id}; null for a message from a person
     */
    public String botId() {
        return eventString("bot_id");
    }

    /**
     * The channel of the event.
     *
     * @return {@code event.channel}, e.g. {@code C111} or {@code D111}
     */
    public String channel() {
        return eventString("channel");
    }

    /**
     * The channel type.
     *
     * @return {@code event.channel_type}: {@code channel}, {@code group}, {@code im}, {@code mpim}; absent on
     *         {@code app_mention} events
     */
    public String channelType() {
        return eventString("channel_type");
    }

    /**
     * The message timestamp.
     *
     * @return {@code event.ts}, e.g. {@code 1606810819.000800}
     */
    public String ts() {
        return eventString("ts");
    }

    /**
     * The thread the message was posted in.
     *
     * @return {@code event.thread_ts}; null for a top-level message
     */
    public String threadTs() {
        return eventString("thread_ts");
    }

    /**
     * What the customer wrote.
     *
     * @return {@code event.text}
     */
    public String text() {
        return eventString("text");
    }

    /**
     * Whether this is a direct message to the bot.
     *
     * @return true when {@code event.channel_type} is {@code im} or the channel id starts with {@code D}
     */
    public boolean isDirectMessage() {
        String channel = channel();
        return "im".equals(channelType()) || channel != null && channel.startsWith("D");
    }

    /**
     * A copy with another top-level {@code event_id}; its {@link #body()} is the re-serialised JSON (same
     * members and order, compact).
     *
     * @param eventId the new event id
     * @return the new payload; this one is unchanged
     */
    public SlackPayload withEventId(String eventId) {
        JsonObject copy = root.deepCopy();
        copy.addProperty("event_id", eventId);
        return new SlackPayload(file, copy.toString(), copy);
    }

    /**
     * A copy moved to another channel (the event's {@code channel}), e.g. to replay fixtures that share a
     * thread or DM as independent conversations.
     *
     * @param channel the new channel id
     * @return the copy
     * @throws IllegalStateException when the payload has no event
     */
    public SlackPayload withChannel(String channel) {
        JsonObject copy = root.deepCopy();
        JsonElement event = copy.get("event");
        if (event == null || !event.isJsonObject()) {
            throw new IllegalStateException(file + " has no event to move");
        }
        event.getAsJsonObject().addProperty("channel", channel);
        return new SlackPayload(file, copy.toString(), copy);
    }

    private String eventString(String name) {
        JsonObject event = event();
        return event == null ? null : string(event, name);
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
