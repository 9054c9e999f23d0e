/**
 * Human approval in Slack. When bot-core holds a tool call ({@link org.switchboard.core.approval.ApprovalRequested})
 * a message with Block Kit Approve/Deny buttons is queued in the durable outbox for the approvers' channel
 * ({@code SLACK_APPROVER_CHANNEL}) and posted with {@code chat.postMessage}; when a decision is taken
 * ({@link org.switchboard.core.approval.ApprovalDecided}), from Slack or the admin API, the message is replaced
 * ({@code chat.update}) by who decided and when.
 *
 * <p>Button clicks arrive as signed {@code block_actions} interactivity payloads on {@code /slack/interactivity}
 * (served by the same Bolt app and servlet as {@code /slack/events}, so request signing v0 is checked the same
 * way); the clicking user must be listed in {@code SLACK_APPROVER_IDS}, otherwise the click is refused, audited
 * and answered with an ephemeral message. Decisions go through {@link org.switchboard.core.approval.ApprovalService},
 * which runs an approved call exactly once.
 */
package org.switchboard.slack.approval;
