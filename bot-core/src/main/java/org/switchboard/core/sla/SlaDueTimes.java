package org.switchboard.core.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.switchboard.core.ticket.Ticket;
import org.switchboard.core.ticket.TicketOpened;

/** Gives every new ticket its SLA due times ({@link SlaPolicy}), in the transaction that opens it. */
@ApplicationScoped
public class SlaDueTimes {

    @Inject
    SlaPolicy policy;

    void onOpened(@Observes TicketOpened event) {
        Ticket ticket = event.ticket();
        SlaPolicy.DueTimes due = policy.dueTimes(ticket.getPriority(), ticket.getCreatedAt());
        ticket.target(due.firstResponse(), due.resolution());
    }
}
