package org.switchboard.plugins.arguments;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Typed access to a tool call's JSON arguments, checked against the tool's JSON Schema
 * ({@code type: string} / {@code type: integer} with {@code minimum} and {@code maximum}, {@code required}).
 */
public final class ToolArguments {

    private ToolArguments() {
    }

    /**
     * Reads a required, non-blank string argument.
     *
     * @param arguments the call's arguments; null is treated as {@code {}}
     * @param name      the property name
     * @return the value with leading and trailing white space removed; never blank
     * @throws InvalidToolArgumentException if the property is missing, JSON {@code null}, not a JSON string, or
     *                                      blank
     */
    public static String requiredString(JsonObject arguments, String name) throws InvalidToolArgumentException {
        JsonValue value = arguments == null ? null : arguments.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidToolArgumentException("Missing required argument '" + name + "' (a string).");
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidToolArgumentException("Argument '" + name + "' must be a string, not "
                    + value.getValueType().name().toLowerCase(Locale.ROOT) + ".");
        }
        String text = string.getString().strip();
        if (text.isEmpty()) {
            throw new InvalidToolArgumentException("Argument '" + name + "' must not be blank.");
        }
        return text;
    }

    /**
     * Reads an optional integer argument within an inclusive range. A JSON number must be integral
     * ({@code 3} or {@code 3.0}); a JSON string holding a decimal integer ({@code "3"}) is accepted too, since
     * models sometimes quote numbers.
     *
     * @param arguments the call's arguments; null is treated as {@code {}}
     * @param name      the property name
     * @param min       the schema's {@code minimum}, inclusive
     * @param max       the schema's {@code maximum}, inclusive
     * @return the value, or empty when the property is missing or JSON {@code null}
     * @throws InvalidToolArgumentException if the value is not an integer or lies outside {@code [min, max]}
     */
    public static OptionalInt optionalInteger(JsonObject arguments, String name, int min, int max)
            throws InvalidToolArgumentException {
        JsonValue value = arguments == null ? null : arguments.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return OptionalInt.empty();
        }
        String rangeMessage = "Argument '" + name + "' must be an integer from " + min + " to " + max + ".";
        long number;
        if (value instanceof JsonNumber json) {
            try {
                number = json.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidToolArgumentException(rangeMessage);
            }
        } else if (value instanceof JsonString json) {
            try {
                number = Long.parseLong(json.getString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidToolArgumentException(rangeMessage);
            }
        } else {
            throw new InvalidToolArgumentException(rangeMessage);
        }
        if (number < min || number > max) {
            throw new InvalidToolArgumentException(rangeMessage);
        }
        return OptionalInt.of((int) number);
    }
}
