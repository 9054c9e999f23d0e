package org.switchboard.plugins.ticket;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import org.switchboard.core.ticket.Ticket;

/** A ticket as tool data: {@code {"ticketId", "ticketNumber", "subject", "status", "createdAt"[, "description"]}}. */
final class TicketViews {

    private TicketViews() {
    }

    /**
     * @param ticket      the ticket
     * @param withDetails whether to include the description (with the notes)
     * @return the JSON view
     */
    static JsonObject of(Ticket ticket, boolean withDetails) {
        var builder = JSON.createObjectBuilder()
                .add("ticketId", ticket.getId())
                .add("ticketNumber", ticket.displayNumber())
                .add("subject", ticket.getSubject())
                .add("status", ticket.getStatus().name())
                .add("createdAt", ticket.getCreatedAt().toString());
        if (withDetails) {
            builder.add("description", ticket.getDescription());
        }
        return builder.build();
    }

    /** @return one line: {@code #1001 (OPEN, opened 2026-01-01): subject} */
    static String line(Ticket ticket) {
        return ticket.displayNumber() + " (" + ticket.getStatus() + ", opened "
                + ticket.getCreatedAt().toString().substring(0, 10) + "): " + ticket.getSubject();
    }
}
