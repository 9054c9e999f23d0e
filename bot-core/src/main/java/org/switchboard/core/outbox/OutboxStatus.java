package org.switchboard.core.outbox;

/** Where an outbox entry stands. */
public enum OutboxStatus {
    /** Waiting for (or between attempts of) delivery. */
    PENDING,
    /** The channel accepted it. */
    DELIVERED,
    /** Given up after a permanent error or too many attempts; audited and logged for a human. */
    DEAD
}
