package org.switchboard.core.approval;

/** Where an {@link ApprovalRequest} is in its life. Only {@link #PENDING} can change, once. */
public enum ApprovalStatus {
    /** Waiting for an approver. */
    PENDING,
    /** Approved; the stored call ran and its result is recorded. */
    APPROVED,
    /** Declined; the call never runs. */
    DENIED,
    /** Nobody decided before the expiry time; the call never runs. */
    EXPIRED
}
