package org.switchboard.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.switchboard.bench.replay.SlackPayload;

/** Loads the real Slack fixtures and builds variations of them (fresh event ids, other channels or texts). */
final class SlackPayloads {

    private static final AtomicLong TS = new AtomicLong(1_700_000_000_000_000L);

    private SlackPayloads() {
    }

    static List<SlackPayload> folder(String relative) {
        Path dir = ItEnvironment.FIXTURES.resolve(relative);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> SlackPayload.parse(p, read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String freshEventId() {
        return "EvIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    static String freshChannel() {
        return "CIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** @return a Slack user id no other test uses, so its sender becomes a new customer */
    static String freshUser() {
        return "UIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** As {@link #channelMessage(String, String, String)}, written by the given user. */
    static JsonObject channelMessage(String eventId, String channel, String text, String user) {
        JsonObject message = channelMessage(eventId, channel, text);
        return Json.createObjectBuilder(message).add("event", Json.createObjectBuilder(message.getJsonObject("event"))
                .add("user", user)).build();
    }

    static String freshTs() {
        long micros = TS.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    /**
     * A real customer message envelope (customer-messages/msg-000...) moved to another channel, with a new
     * event_id, ts and text.
     */
    static JsonObject channelMessage(String eventId, String channel, String text) {
        JsonObject template = parse(ItEnvironment.fixture("customer-messages/msg-000-channel-passcode_forgotten.json"));
        JsonObject event = template.getJsonObject("event");
        JsonObjectBuilder newEvent = Json.createObjectBuilder(event)
                .add("channel", channel)
                .add("text", text)
                .add("ts", freshTs());
        return Json.createObjectBuilder(template).add("event_id", eventId).add("event", newEvent).build();
    }

    /** Like {@link #channelMessage} but a reply in the thread started by the message with {@code threadTs}. */
    static JsonObject threadReply(String eventId, String channel, String threadTs, String text) {
        JsonObject message = channelMessage(eventId, channel, text);
        return Json.createObjectBuilder(message).add("event", Json.createObjectBuilder(message.getJsonObject("event"))
                .add("thread_ts", threadTs)).build();
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
