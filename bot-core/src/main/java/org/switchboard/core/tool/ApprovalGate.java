package org.switchboard.core.tool;

/**
 * Holds a tool call that needs a human's approval instead of running it (implemented by the approval engine,
 * {@code org.switchboard.core.approval.ApprovalService}). {@link ToolRegistry} asks it for every call of a
 * {@link ToolRisk#NEEDS_APPROVAL} tool (unless the plugin's {@link ConditionalApproval} says this call needs none).
 */
public interface ApprovalGate {

    /**
     * Stores the exact call for an approver, in the caller's transaction, without running it.
     *
     * @param call    the call, as the model made it
     * @param context the verified customer and conversation
     * @return the result the agent and the customer see: the request is pending, with its id
     */
    ToolResult hold(ToolCall call, ToolContext context);
}
