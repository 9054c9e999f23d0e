/**
 * Human approval (human-in-the-loop): a {@link org.switchboard.core.tool.ToolRisk#NEEDS_APPROVAL} tool call is
 * held as an {@link org.switchboard.core.approval.ApprovalRequest} in the database instead of running; an
 * approver's decision ({@link org.switchboard.core.approval.ApprovalService}) runs the exact stored call once, or
 * tells the customer politely that it was declined, through the outbox.
 */
package org.switchboard.core.approval;
