package org.switchboard.core.agent;

import static org.switchboard.core.json.JsonProviders.JSON;

import java.util.List;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolInvoker;
import org.switchboard.core.tool.ToolResult;

/**
 * Opens the ticket that goes with an escalation to a human ({@code open_ticket}), with a summary a person can act on:
 * why the bot escalated, the customer's latest message and their recent earlier messages.
 */
final class EscalationTicket {

    /** Name of the ticket tool (ticket plugin). */
    static final String TICKET_TOOL = "open_ticket";
    private static final int SUBJECT_CHARS = 80;
    private static final int EARLIER_LINES = 5;

    private EscalationTicket() {
    }

    /**
     * @param tools   runs the call (a view that may use {@value #TICKET_TOOL})
     * @param request the turn's request
     * @param reason  why a human must take over, one sentence
     * @return the call and its result (an error result when the ticket could not be opened)
     */
    static ToolInvocation open(ToolInvoker tools, AgentRequest request, String reason) {
        String text = request.text();
        String subject = (text.length() <= SUBJECT_CHARS ? text : text.substring(0, SUBJECT_CHARS - 3) + "...")
                .replace('\n', ' ');
        ToolCall open = new ToolCall(TICKET_TOOL, JSON.createObjectBuilder()
                .add("subject", subject)
                .add("description", summary(request, reason)).build());
        return new ToolInvocation(open, tools.invoke(open, request.context()));
    }

    /**
     * @param invocation the ticket call's invocation
     * @return the ticket number such as {@code #1001}, or "" when none was opened
     */
    static String number(ToolInvocation invocation) {
        ToolResult result = invocation.result();
        return result.success() ? result.data().getString("ticketNumber", "") : "";
    }

    static String summary(AgentRequest request, String reason) {
        StringBuilder summary = new StringBuilder("Escalated: ").append(reason).append("\n\nCustomer's message:\n")
                .append(request.text());
        List<AgentRequest.HistoryLine> customerLines = request.history().stream()
                .filter(AgentRequest.HistoryLine::fromCustomer).toList();
        if (!customerLines.isEmpty()) {
            summary.append("\n\nEarlier in this conversation the customer wrote:");
            customerLines.subList(Math.max(0, customerLines.size() - EARLIER_LINES), customerLines.size())
                    .forEach(line -> summary.append("\n- ").append(line.text().replace('\n', ' ')));
        }
        return summary.toString();
    }
}
