/**
 * Human approval from Teams: an approver clicks Approve or Deny on an Adaptive Card ({@code Action.Execute} with
 * verb {@code approve} or {@code deny} and {@code data.approvalId}); the {@code adaptiveCard/action} invoke is
 * decided through the core {@link org.switchboard.core.approval.ApprovalService} when the clicking user's Microsoft
 * Entra object id is listed in {@code TEAMS_APPROVERS}, and answered per the Adaptive Card Universal Action
 * contract: a refreshed card ({@code application/vnd.microsoft.card.adaptive}) on success, an error
 * ({@code application/vnd.microsoft.error}) otherwise.
 * <p>
 * The cards themselves: when a call is held, {@link org.switchboard.teams.approval.TeamsApprovalNotifier} queues an
 * outbox entry addressed by {@link org.switchboard.teams.approval.ApprovalCardRef} to the approvers' conversation
 * ({@code TEAMS_APPROVER_CONVERSATION_ID} at {@code TEAMS_APPROVER_SERVICE_URL}), in the transaction that held it;
 * {@link org.switchboard.teams.approval.ApprovalCardDeliverer} posts the card built by
 * {@link org.switchboard.teams.approval.ApprovalCards} once per request and records it in
 * {@link org.switchboard.teams.approval.TeamsApprovalCard}.
 */
package org.switchboard.teams.approval;
