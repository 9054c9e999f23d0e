package org.switchboard.plugins.commerce;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Small helpers for the immutable JSON-P documents the commerce stores hold. "Changing" a document builds a new
 * one; a replaced key keeps its position, like an assignment to a Python dict.
 */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /**
     * @param document a JSON object
     * @param key      the key to set
     * @param value    its new value
     * @return a copy of {@code document} with {@code key} set (in place when it existed, appended otherwise)
     */
    public static JsonObject with(JsonObject document, String key, JsonValue value) {
        return JSON.createObjectBuilder(document).add(key, value).build();
    }

    /**
     * @param document a JSON object
     * @param key      the key to set
     * @param value    its new value
     * @return a copy of {@code document} with {@code key} set to the string
     */
    public static JsonObject with(JsonObject document, String key, String value) {
        return with(document, key, JSON.createValue(value));
    }

    /**
     * @param document a JSON object
     * @param path     the keys leading to the value, each naming an object member
     * @param value    the new value
     * @return a copy of {@code document} with the nested value replaced
     * @throws ClassCastException if an intermediate value is not an object
     */
    public static JsonObject withPath(JsonObject document, List<String> path, JsonValue value) {
        String key = path.get(0);
        if (path.size() == 1) {
            return with(document, key, value);
        }
        return with(document, key, withPath(document.getJsonObject(key), path.subList(1, path.size()), value));
    }

    /**
     * @param array    a JSON array
     * @param appended values to append
     * @return a new array holding the elements of {@code array} followed by {@code appended}
     */
    public static JsonArray append(JsonArray array, Collection<? extends JsonValue> appended) {
        JsonArrayBuilder builder = JSON.createArrayBuilder(array);
        appended.forEach(builder::add);
        return builder.build();
    }

    /**
     * @param strings strings
     * @return a JSON array of them, in order
     */
    public static JsonArray stringArray(Collection<String> strings) {
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        strings.forEach(builder::add);
        return builder.build();
    }

    /**
     * @param value a double (Python float)
     * @return the JSON number, written as Java's shortest round-trip text
     */
    public static JsonNumber number(double value) {
        return JSON.createValue(value);
    }

    /**
     * @param value a JSON value that should be a number
     * @return its value as a Python float would hold it
     * @throws ClassCastException if the value is not a number
     */
    public static double doubleValue(JsonValue value) {
        return ((JsonNumber) value).doubleValue();
    }

    /**
     * @param document a JSON object
     * @param key      a key
     * @return the member's string value, empty when missing or not a string
     */
    public static Optional<String> string(JsonObject document, String key) {
        JsonValue value = document.get(key);
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    /**
     * @param value a JSON value
     * @return its compact JSON text in the style of Python's {@code json.dumps} ({@code ", "} and {@code ": "}
     *         separators, non-ASCII escaped); numbers as JSON-P holds them
     */
    public static String dumps(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (var entry : value.asJsonObject().entrySet()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    writeString(entry.getKey(), out);
                    out.append(": ");
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue element : value.asJsonArray()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    write(element, out);
                }
                out.append(']');
            }
            case STRING -> writeString(((JsonString) value).getString(), out);
            case NUMBER -> out.append(numberText((JsonNumber) value));
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
            default -> throw new IllegalStateException("unknown JSON value type " + value.getValueType());
        }
    }

    private static String numberText(JsonNumber number) {
        return PythonNumbers.str(number);
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * @param text any text
     * @return the JSON value it holds, or empty when it is not a JSON document (e.g. {@code Error: ...})
     */
    public static Optional<JsonValue> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        char first = trimmed.charAt(0);
        if (first != '{' && first != '[' && first != '"' && first != '-' && !Character.isDigit(first)
                && !trimmed.equals("true") && !trimmed.equals("false") && !trimmed.equals("null")) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(trimmed))) {
            return Optional.of(reader.readValue());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
