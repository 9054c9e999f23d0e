package org.switchboard.core.agent;

import java.util.List;
import java.util.Objects;
import org.switchboard.core.tool.ToolContext;

/**
 * The input of one turn.
 *
 * @param text    the customer's text, already checked and cleaned by the input guard; not empty
 * @param context the verified customer, conversation and channel, passed on to every tool call
 * @param history earlier lines of the conversation, oldest first (customer and agent lines only); never null
 * @param activeAgent the conversation's active agent (a profile name such as {@code triage}); may be null when
 *                    the agent answering needs no profile
 * @param pendingChoices the options of the clarifying question the bot asked in the previous turn, in the order
 *                       offered (option 1 first), which this message may pick; empty when none is pending; never null
 */
public record AgentRequest(String text, ToolContext context, List<HistoryLine> history, String activeAgent,
                           List<KnowledgeCitation> pendingChoices) {

    /** @throws NullPointerException if text or context is null */
    public AgentRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        history = history == null ? List.of() : List.copyOf(history);
        pendingChoices = pendingChoices == null ? List.of() : List.copyOf(pendingChoices);
    }

    /**
     * A request without a pending clarifying question.
     *
     * @param text        the customer's cleaned text
     * @param context     the verified tool context
     * @param history     earlier lines, oldest first
     * @param activeAgent the conversation's active agent, or null
     */
    public AgentRequest(String text, ToolContext context, List<HistoryLine> history, String activeAgent) {
        this(text, context, history, activeAgent, List.of());
    }

    /**
     * A request without an active agent profile.
     *
     * @param text    the customer's cleaned text
     * @param context the verified tool context
     * @param history earlier lines, oldest first
     */
    public AgentRequest(String text, ToolContext context, List<HistoryLine> history) {
        this(text, context, history, null);
    }

    /**
     * A request without history (the first turn).
     *
     * @param text    the customer's cleaned text
     * @param context the verified tool context
     */
    public AgentRequest(String text, ToolContext context) {
        this(text, context, List.of());
    }

    /**
     * One earlier line of the conversation.
     *
     * @param fromCustomer true for the customer's words, false for the bot's
     * @param text         what was said
     */
    public record HistoryLine(boolean fromCustomer, String text) {
    }
}
