package org.switchboard.plugins.commerce;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * Reads tau-bench tool arguments exactly as given: strings are not trimmed and may be empty (tau-bench passes
 * them to Python unchanged, e.g. {@code address2: ""}).
 */
public final class CommerceArguments {

    private CommerceArguments() {
    }

    /**
     * @param arguments the call's arguments
     * @param name      the property name
     * @return the string, unchanged (may be empty)
     * @throws InvalidToolArgumentException if the property is missing, null or not a JSON string
     */
    public static String string(JsonObject arguments, String name) throws InvalidToolArgumentException {
        JsonValue value = arguments.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidToolArgumentException("Error: missing required argument '" + name + "' (a string)");
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidToolArgumentException("Error: argument '" + name + "' must be a string, not "
                    + value.getValueType().name().toLowerCase(Locale.ROOT));
        }
        return string.getString();
    }

    /**
     * @param arguments the call's arguments
     * @param name      the property name
     * @return the list of strings in the given order, duplicates kept
     * @throws InvalidToolArgumentException if the property is missing, not an array, or holds a non-string
     */
    public static List<String> strings(JsonObject arguments, String name) throws InvalidToolArgumentException {
        JsonValue value = arguments.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidToolArgumentException("Error: missing required argument '" + name
                    + "' (an array of strings)");
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidToolArgumentException("Error: argument '" + name + "' must be an array of strings");
        }
        List<String> result = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            if (!(element instanceof JsonString string)) {
                throw new InvalidToolArgumentException("Error: argument '" + name + "' must be an array of strings");
            }
            result.add(string.getString());
        }
        return result;
    }

    /**
     * @param arguments the call's arguments
     * @param name      the property name
     * @return the array's objects, in order
     * @throws InvalidToolArgumentException if the property is missing, not an array, or holds a non-object
     */
    public static List<JsonObject> objects(JsonObject arguments, String name) throws InvalidToolArgumentException {
        JsonValue value = arguments.get(name);
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonObject.class::isInstance)) {
            throw new InvalidToolArgumentException("Error: argument '" + name + "' must be an array of objects");
        }
        return array.getValuesAs(JsonObject.class);
    }

    /**
     * @param arguments the call's arguments
     * @param name      the property name
     * @return the number as given (an int or a float for Python, see {@link PythonNumbers})
     * @throws InvalidToolArgumentException if the property is missing or not a JSON number
     */
    public static JsonNumber number(JsonObject arguments, String name) throws InvalidToolArgumentException {
        if (!(arguments.get(name) instanceof JsonNumber number)) {
            throw new InvalidToolArgumentException("Error: missing required argument '" + name + "' (a number)");
        }
        return number;
    }
}
