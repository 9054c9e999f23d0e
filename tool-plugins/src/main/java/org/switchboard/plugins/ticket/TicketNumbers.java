package org.switchboard.plugins.ticket;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/** Reads the {@code ticket_number} argument: a JSON integer ({@code 1001}) or a string ({@code "1001"}, {@code "#1001"}). */
final class TicketNumbers {

    /** Name of the argument. */
    static final String ARGUMENT = "ticket_number";

    private TicketNumbers() {
    }

    /**
     * @param arguments the call's arguments; null is treated as {@code {}}
     * @return the ticket number, positive
     * @throws InvalidToolArgumentException if it is missing or not a positive whole number
     */
    static long read(JsonObject arguments) throws InvalidToolArgumentException {
        JsonValue value = arguments == null ? null : arguments.get(ARGUMENT);
        String message = "Argument '" + ARGUMENT + "' must be a ticket number such as 1001 or \"#1001\".";
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidToolArgumentException("Missing required argument '" + ARGUMENT + "'.");
        }
        long number;
        try {
            if (value instanceof JsonNumber json) {
                number = json.bigDecimalValue().longValueExact();
            } else if (value instanceof JsonString json) {
                String text = json.getString().strip();
                number = Long.parseLong(text.startsWith("#") ? text.substring(1) : text);
            } else {
                throw new InvalidToolArgumentException(message);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidToolArgumentException(message);
        }
        if (number <= 0) {
            throw new InvalidToolArgumentException(message);
        }
        return number;
    }

    /** @return the JSON schema of the argument: a string (integers are accepted too, models send both) */
    static JsonObject schema() {
        return jakarta.json.Json.createObjectBuilder()
                .add("type", "string")
                .add("description", "The ticket number, e.g. \"#1001\" (a bare 1001 is accepted too).").build();
    }
}
