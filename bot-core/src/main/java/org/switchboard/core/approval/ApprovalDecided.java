package org.switchboard.core.approval;

import java.util.Objects;

/**
 * CDI event fired by {@link ApprovalService#approve} and {@link ApprovalService#deny} after a decision took effect,
 * synchronously and inside the deciding transaction. Channels use it to show approvers who decided (the Slack
 * channel replaces the buttons of its approvers' message by the decision). The same rules as for
 * {@link ApprovalRequested} apply to observers: database work only; a failing observer is logged and ignored.
 * Refused decisions (already decided, expired, unknown) fire nothing.
 *
 * @param approvalId the decided request's id
 * @param status     {@link ApprovalStatus#APPROVED} or {@link ApprovalStatus#DENIED}
 * @param decidedBy  who decided (an admin user name, or {@code slack:<team>:<user>} for a Slack approver)
 */
public record ApprovalDecided(long approvalId, ApprovalStatus status, String decidedBy) {

    /** @throws NullPointerException if status or decidedBy is null */
    public ApprovalDecided {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
