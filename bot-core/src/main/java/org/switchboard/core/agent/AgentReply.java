package org.switchboard.core.agent;

import java.util.List;
import java.util.Objects;
import org.switchboard.core.reply.ReplyContent;

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
 * @param content         the reply with structure (a cited passage with its source, a clarifying question's options),
 *                        whose plain-text form is {@code text}; null for a reply that is only text
 * @param knowledge       what the help center let the agent say this turn (answer, clarify or unknown, with the
 *                        confidence and the passage it rests on), recorded in the transcript and checked by the
 *                        quality gate; null when the turn did not consult the help center
 */
public record AgentReply(String agentName, String text, List<ToolInvocation> toolInvocations, Outcome outcome,
                         String handoffTo, String escalationReason, ReplyContent content, KnowledgeDecision knowledge) {

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
     * A reply that is only text, without a help-center decision.
     *
     * @param agentName        the agent
     * @param text             the reply
     * @param toolInvocations  the tool calls made
     * @param outcome          the outcome
     * @param handoffTo        the next turn's agent, or null
     * @param escalationReason why a human must take over, or null
     */
    public AgentReply(String agentName, String text, List<ToolInvocation> toolInvocations, Outcome outcome,
                      String handoffTo, String escalationReason) {
        this(agentName, text, toolInvocations, outcome, handoffTo, escalationReason, null, null);
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
        return new AgentReply(agentName, text, toolInvocations, outcome, handoffTo, escalationReason, content, knowledge);
    }

    /**
     * @param reason why a human must take over
     * @return this reply, escalated
     */
    public AgentReply escalated(String reason) {
        return new AgentReply(agentName, text, toolInvocations, Outcome.ESCALATED, handoffTo, reason, content, knowledge);
    }

    /**
     * @param text    the new plain text
     * @param content the new structured form, or null when the reply is only text now
     * @return this reply with another text (everything else kept)
     */
    public AgentReply withText(String text, ReplyContent content) {
        return new AgentReply(agentName, text, toolInvocations, outcome, handoffTo, escalationReason, content, knowledge);
    }

    /** @return the options of the clarifying question this reply asks, or an empty list */
    public List<KnowledgeCitation> offeredChoices() {
        return knowledge instanceof KnowledgeDecision.Clarify clarify ? clarify.options() : List.of();
    }
}
