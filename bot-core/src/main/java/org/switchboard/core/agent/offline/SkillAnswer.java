package org.switchboard.core.agent.offline;

import java.util.Objects;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.reply.PlainTextReplies;
import org.switchboard.core.reply.ReplyContent;

/**
 * What a skill answers: the reply text and how the turn ended for the customer.
 *
 * @param text             the reply; not null
 * @param outcome          answered, unresolved or escalated; not null
 * @param escalationReason why a person must take over (only with {@link AgentReply.Outcome#ESCALATED}), else null
 * @param content          the reply with structure, whose plain form is {@code text}; null for a text-only reply
 * @param knowledge        the help-center decision behind the reply, or null when none was made
 */
record SkillAnswer(String text, AgentReply.Outcome outcome, String escalationReason, ReplyContent content,
                   KnowledgeDecision knowledge) {

    SkillAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
    }

    SkillAnswer(String text, AgentReply.Outcome outcome, String escalationReason) {
        this(text, outcome, escalationReason, null, null);
    }

    static SkillAnswer answered(String text) {
        return new SkillAnswer(text, AgentReply.Outcome.ANSWERED, null);
    }

    static SkillAnswer unresolved(String text) {
        return new SkillAnswer(text, AgentReply.Outcome.UNRESOLVED, null);
    }

    /** A reply with structure (a cited answer or a clarifying question) resting on a help-center decision. */
    static SkillAnswer fromKnowledge(ReplyContent content, KnowledgeDecision decision) {
        return new SkillAnswer(PlainTextReplies.render(content), AgentReply.Outcome.ANSWERED, null, content, decision);
    }

    /** @return this answer with the help-center decision behind it */
    SkillAnswer basedOn(KnowledgeDecision decision) {
        return new SkillAnswer(text, outcome, escalationReason, content, decision);
    }
}
