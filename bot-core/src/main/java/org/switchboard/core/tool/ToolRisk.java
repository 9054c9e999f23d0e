package org.switchboard.core.tool;

/**
 * How much harm a tool call can do, which decides whether the pipeline may run it on its own.
 */
public enum ToolRisk {
    /** Reads data only (knowledge-base search, order lookup). Runs without asking. */
    READ,
    /** Changes state in a way the customer asked for and that is easy to undo (open a ticket). */
    WRITE,
    /** Must wait for a human approver before it runs (large refund, account deletion). */
    NEEDS_APPROVAL
}
