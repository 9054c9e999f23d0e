package org.switchboard.plugins.commerce;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * Compares JSON values the way Python compares what {@code json.loads} returns: objects as unordered maps,
 * arrays in order, numbers by value ({@code 1 == 1.0}, {@code 0.1 + 0.2} as the same double).
 */
public final class JsonComparison {

    private JsonComparison() {
    }

    /**
     * @param a a JSON value
     * @param b another JSON value
     * @return whether Python would find the parsed values equal
     */
    public static boolean equal(JsonValue a, JsonValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            if (x.isIntegral() && y.isIntegral()) {
                return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
            }
            return x.doubleValue() == y.doubleValue();
        }
        if (a.getValueType() != b.getValueType()) {
            return false;
        }
        return switch (a.getValueType()) {
            case OBJECT -> objectsEqual(a.asJsonObject(), b.asJsonObject());
            case ARRAY -> arraysEqual(a.asJsonArray(), b.asJsonArray());
            case STRING -> ((JsonString) a).getString().equals(((JsonString) b).getString());
            default -> true;
        };
    }

    private static boolean objectsEqual(JsonObject a, JsonObject b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, JsonValue> entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey()) || !equal(entry.getValue(), b.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean arraysEqual(JsonArray a, JsonArray b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares two tool outputs: as parsed JSON when both parse as JSON, as exact strings otherwise.
     *
     * @param expected the expected output
     * @param actual   the actual output
     * @return whether they match
     */
    public static boolean outputsMatch(String expected, String actual) {
        Optional<JsonValue> e = JsonDocuments.parse(expected);
        Optional<JsonValue> a = JsonDocuments.parse(actual);
        if (e.isPresent() && a.isPresent()) {
            return equal(e.get(), a.get());
        }
        return expected.equals(actual);
    }
}
