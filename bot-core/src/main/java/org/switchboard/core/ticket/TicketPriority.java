package org.switchboard.core.ticket;

/** How urgent a ticket is; each priority has its own SLA targets ({@link org.switchboard.core.sla.SlaPolicy}). */
public enum TicketPriority {
    /** Needs a person at once. */
    URGENT,
    /** Soon. */
    HIGH,
    /** The default. */
    NORMAL,
    /** When there is time. */
    LOW
}
