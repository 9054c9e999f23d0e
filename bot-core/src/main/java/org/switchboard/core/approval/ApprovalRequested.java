package org.switchboard.core.approval;

import java.util.Objects;

/**
 * CDI event fired by {@link ApprovalService#hold} right after a tool call was held, synchronously and inside the
 * holding transaction (the turn's). This is the port through which channels notify approvers (the Slack channel
 * posts a message with Approve/Deny buttons into its approvers' channel) without bot-core knowing any channel.
 *
 * <p>Observers must only do transactional database work (for example queue an outbox entry), never network calls:
 * what they write commits or rolls back with the held request. An observer that throws is logged and ignored, so
 * the request stays held and can still be decided through the admin API.
 *
 * @param approvalId the held {@link ApprovalRequest}'s id
 * @param toolName   the held tool's name
 */
public record ApprovalRequested(long approvalId, String toolName) {

    /** @throws NullPointerException if toolName is null */
    public ApprovalRequested {
        Objects.requireNonNull(toolName, "toolName");
    }
}
