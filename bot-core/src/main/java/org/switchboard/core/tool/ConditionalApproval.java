package org.switchboard.core.tool;

/**
 * Implemented by a {@link ToolPlugin} whose {@link ToolRisk#NEEDS_APPROVAL} tools need a human's approval for
 * some calls only (a refund above a threshold, say). The declared risk is the most a call of the tool can need;
 * before holding a call of such a tool for approval, the approval engine asks
 * {@link #requiresApproval(ToolCall, ToolContext)}: {@code false} means this call may run at once like a
 * {@link ToolRisk#WRITE} tool, {@code true} (or a plugin that does not implement this interface) means store an
 * approval request and run the exact call once, when approved.
 */
public interface ConditionalApproval {

    /**
     * Decides for one call, without changing anything.
     *
     * @param call    a call of one of the plugin's tools, as the model made it
     * @param context the verified customer and conversation
     * @return whether this call must wait for a human's approval
     */
    boolean requiresApproval(ToolCall call, ToolContext context);
}
