package org.switchboard.core.review;

/** Where a held answer stands. */
public enum ReviewStatus {
    /** Waiting for a person. */
    PENDING,
    /** Sent as drafted. */
    APPROVED,
    /** Sent with a person's changes. */
    EDITED,
    /** Not sent. */
    REJECTED
}
