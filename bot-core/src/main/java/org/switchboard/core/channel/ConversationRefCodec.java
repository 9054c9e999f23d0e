package org.switchboard.core.channel;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores a {@link ConversationRef} as a JSON object in one database column:
 * {@code {"channel":"SLACK","key":"T1/C1/123.4","attributes":{"channel":"C1",...}}}.
 */
public final class ConversationRefCodec {

    private ConversationRefCodec() {
    }

    /**
     * @param ref a reference
     * @return its JSON text
     */
    public static String toJson(ConversationRef ref) {
        JsonObjectBuilder attributes = JSON.createObjectBuilder();
        ref.attributes().forEach(attributes::add);
        return JSON.createObjectBuilder()
                .add("channel", ref.channel().name())
                .add("key", ref.key())
                .add("attributes", attributes)
                .build()
                .toString();
    }

    /**
     * @param json text written by {@link #toJson(ConversationRef)}
     * @return the reference
     * @throws jakarta.json.JsonException   if the text is not JSON
     * @throws IllegalArgumentException     if the channel is unknown or the key invalid
     */
    public static ConversationRef fromJson(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> attributes = new LinkedHashMap<>();
            JsonObject stored = object.containsKey("attributes") ? object.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
            for (Map.Entry<String, JsonValue> e : stored.entrySet()) {
                if (e.getValue() instanceof JsonString s) {
                    attributes.put(e.getKey(), s.getString());
                }
            }
            return new ConversationRef(Channel.valueOf(object.getString("channel")), object.getString("key"), attributes);
        }
    }
}
