package org.switchboard.core.inbox;

/** Where an inbox entry stands. */
public enum InboxStatus {
    /** Stored, waiting for (or between attempts of) its turn. */
    PENDING,
    /** Its turn ran and committed; a reply, if any, is in the outbox. */
    DONE,
    /** Its turn failed too often; a polite fallback reply was queued and a human was alerted. */
    FAILED
}
