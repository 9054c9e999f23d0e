package org.switchboard.core.ticket;

/** Where a ticket stands. */
public enum TicketStatus {
    /** Waiting for a human. */
    OPEN,
    /** A human is working on it. */
    IN_PROGRESS,
    /** Done. */
    CLOSED
}
