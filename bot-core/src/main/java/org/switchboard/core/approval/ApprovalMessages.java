package org.switchboard.core.approval;

import org.switchboard.core.tool.ToolResult;

/** What the customer (and the agent) are told about an approval request. */
public final class ApprovalMessages {

    private ApprovalMessages() {
    }

    /**
     * @param id the request id
     * @return the text of the tool result while the request waits
     */
    public static String pending(long id) {
        return "This request needs a human approver's OK before it can be carried out. Approval request #" + id
                + " is pending; we will write to you here as soon as it is decided.";
    }

    /**
     * @param result what the approved call returned
     * @return the message to the customer
     */
    public static String approved(ToolResult result) {
        return result.success()
                ? "Good news: your request was approved and has been carried out. " + result.content()
                : "Your request was approved, but it could not be carried out: " + result.content()
                + " A member of our team will follow up with you.";
    }

    /**
     * @param reason the approver's note, or null
     * @return the message to the customer
     */
    public static String denied(String reason) {
        return "We are sorry, but after review we cannot carry out your request."
                + (reason == null ? "" : " " + reason)
                + " If you have any questions, just reply here and we will be glad to help.";
    }
}
