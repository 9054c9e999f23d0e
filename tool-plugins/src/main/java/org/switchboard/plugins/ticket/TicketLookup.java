package org.switchboard.plugins.ticket;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.switchboard.core.ticket.Ticket;
import org.switchboard.core.ticket.TicketService;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * The read tools of the tickets plugin, always for the verified customer: {@value #LIST_MY_TICKETS} (data
 * {@code {"tickets": [view...], "total": n}}) and {@value #GET_TICKET} (data: one view with the description).
 */
final class TicketLookup {

    static final String LIST_MY_TICKETS = "list_my_tickets";
    static final String GET_TICKET = "get_ticket";
    /** Most tickets listed at once. */
    static final int MAX_LISTED = 20;

    static final ToolDefinition LIST_DEFINITION = new ToolDefinition(LIST_MY_TICKETS, """
            List the support tickets of the customer you are talking to, newest first, with number, status and \
            subject. Takes no arguments.""", JSON.createObjectBuilder().add("type", "object")
            .add("properties", JSON.createObjectBuilder()).add("additionalProperties", false).build(), ToolRisk.READ);

    static final ToolDefinition GET_DEFINITION = new ToolDefinition(GET_TICKET, """
            Show one of the current customer's support tickets in full (status, subject, description and notes). \
            Only the customer's own tickets can be shown.""", JSON.createObjectBuilder().add("type", "object")
            .add("properties", JSON.createObjectBuilder().add(TicketNumbers.ARGUMENT, TicketNumbers.schema()))
            .add("required", JSON.createArrayBuilder().add(TicketNumbers.ARGUMENT)).build(), ToolRisk.READ);

    private final TicketService tickets;

    TicketLookup(TicketService tickets) {
        this.tickets = tickets;
    }

    ToolResult list(ToolContext context) {
        List<Ticket> all = tickets.forCustomer(context.customerId());
        List<Ticket> shown = all.subList(0, Math.min(MAX_LISTED, all.size()));
        JsonArrayBuilder views = JSON.createArrayBuilder();
        shown.forEach(t -> views.add(TicketViews.of(t, false)));
        String content = all.isEmpty() ? "The customer has no tickets."
                : "The customer has " + all.size() + " ticket" + (all.size() == 1 ? "" : "s")
                + (all.size() > shown.size() ? " (newest " + shown.size() + " shown)" : "") + ":\n"
                + shown.stream().map(TicketViews::line).collect(Collectors.joining("\n"));
        return ToolResult.ok(content, JSON.createObjectBuilder().add("tickets", views).add("total", all.size())
                .build());
    }

    ToolResult get(ToolCall call, ToolContext context) {
        long number;
        try {
            number = TicketNumbers.read(call.arguments());
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        Optional<Ticket> ticket = tickets.findForCustomer(context.customerId(), number);
        if (ticket.isEmpty()) {
            return ToolResult.error("The customer has no ticket #" + number + ".");
        }
        return ToolResult.ok(TicketViews.line(ticket.get()) + "\n" + ticket.get().getDescription(),
                TicketViews.of(ticket.get(), true));
    }
}
