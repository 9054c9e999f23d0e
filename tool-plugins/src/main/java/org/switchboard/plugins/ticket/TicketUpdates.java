package org.switchboard.plugins.ticket;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonValue;
import java.util.NoSuchElementException;
import org.switchboard.core.ticket.Ticket;
import org.switchboard.core.ticket.TicketService;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * The tool {@value #UPDATE_TICKET}: the verified customer adds a note (at most {@value #MAX_NOTE} characters) to
 * one of their own open tickets and/or closes it, through {@link TicketService#update} in the caller's transaction.
 * Data: the ticket's view with the description.
 */
final class TicketUpdates {

    static final String UPDATE_TICKET = "update_ticket";
    /** Longest note accepted. */
    static final int MAX_NOTE = 2000;

    static final ToolDefinition DEFINITION = new ToolDefinition(UPDATE_TICKET, """
            Update one of the current customer's open support tickets: add the customer's new information as a \
            note, and/or close the ticket when the customer says the problem is solved. Give a note, close, or \
            both.""", JSON.createObjectBuilder().add("type", "object")
            .add("properties", JSON.createObjectBuilder()
                    .add(TicketNumbers.ARGUMENT, TicketNumbers.schema())
                    .add("note", JSON.createObjectBuilder().add("type", "string").add("maxLength", MAX_NOTE)
                            .add("description", "New information from the customer, in full sentences."))
                    .add("close", JSON.createObjectBuilder().add("type", "boolean")
                            .add("description", "true to close the ticket because the problem is solved.")))
            .add("required", JSON.createArrayBuilder().add(TicketNumbers.ARGUMENT)).build(), ToolRisk.WRITE);

    private final TicketService tickets;

    TicketUpdates(TicketService tickets) {
        this.tickets = tickets;
    }

    ToolResult update(ToolCall call, ToolContext context) {
        long number;
        String note;
        boolean close;
        try {
            number = TicketNumbers.read(call.arguments());
            note = optionalNote(call);
            close = optionalClose(call);
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        if (note == null && !close) {
            return ToolResult.error("Nothing to change: give a 'note', set 'close' to true, or both.");
        }
        try {
            Ticket ticket = tickets.update(context.customerId(), number, note, close);
            return ToolResult.ok("Ticket " + ticket.displayNumber() + " was updated"
                    + (note == null ? "" : ": the note was added") + (close ? (note == null ? ":" : " and")
                    + " it is now closed" : "") + ".", TicketViews.of(ticket, true));
        } catch (NoSuchElementException e) {
            return ToolResult.error("The customer has no ticket #" + number + ".");
        } catch (IllegalStateException | IllegalArgumentException e) {
            return ToolResult.error("Ticket #" + number + " cannot be updated: " + e.getMessage() + ".");
        }
    }

    private static String optionalNote(ToolCall call) throws InvalidToolArgumentException {
        JsonValue value = call.arguments() == null ? null : call.arguments().get("note");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof jakarta.json.JsonString text)) {
            throw new InvalidToolArgumentException("Argument 'note' must be a string.");
        }
        String note = text.getString().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidToolArgumentException("Argument 'note' must have at most " + MAX_NOTE + " characters.");
        }
        return note.isEmpty() ? null : note;
    }

    private static boolean optionalClose(ToolCall call) throws InvalidToolArgumentException {
        JsonValue value = call.arguments() == null ? null : call.arguments().get("close");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw new InvalidToolArgumentException("Argument 'close' must be true or false.");
    }
}
