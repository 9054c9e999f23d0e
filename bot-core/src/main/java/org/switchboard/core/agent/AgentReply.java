package org.switchboard.core.agent;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one turn.
 *
 * @param agentName       the agent that answered (after any handoffs within the turn)
 * @param text            the reply to send to the customer; not blank
 * @param toolInvocations the tool calls made, in order, including handoff calls ({@code transfer_to_...}); never null
 * @param outcome         whether the customer was helped, not helped, or escalated to a human
 * @param handoffTo       the agent that answers the next turn when this turn handed the conversation over; null
 *                        when the active agent stays
 * @param escalationReason why the conversation was escalated (only with {@link Outcome#ESCALATED}), else null
 */
public record AgentReply(String agentName, String text, List<ToolInvocation> toolInvocations, Outcome outcome,
                         String handoffTo, String escalationReason) {

    /** How a turn ended for the customer. */
    public enum Outcome {
        /** The bot answered the question (or it was small talk). */
        ANSWERED,
        /** The bot could not help this time (no reliable answer); counts towards escalation on repeated failure. */
        UNRESOLVED,
        /** A human must take over: the conversation waits for a human; the bot stays quiet until handed back. */
        ESCALATED
    }

    /** @throws NullPointerException if agentName, text or outcome is null */
    public AgentReply {
        Objects.requireNonNull(agentName, "agentName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
        toolInvocations = toolInvocations == null ? List.of() : List.copyOf(toolInvocations);
        if (outcome == Outcome.ESCALATED && escalationReason == null) {
            escalationReason = "escalated by " + agentName;
        }
    }

    /**
     * An answer that helped, without handoff.
     *
     * @param agentName       the agent
     * @param text            the reply
     * @param toolInvocations the tool calls made
     */
    public AgentReply(String agentName, String text, List<ToolInvocation> toolInvocations) {
        this(agentName, text, toolInvocations, Outcome.ANSWERED, null, null);
    }

    /**
     * @param outcome the outcome
     * @return this reply with another outcome
     */
    public AgentReply withOutcome(Outcome outcome) {
        return new AgentReply(agentName, text, toolInvocations, outcome, handoffTo, escalationReason);
    }

    /**
     * @param reason why a human must take over
     * @return this reply, escalated
     */
    public AgentReply escalated(String reason) {
        return new AgentReply(agentName, text, toolInvocations, Outcome.ESCALATED, handoffTo, reason);
    }
}
