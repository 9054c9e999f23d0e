package org.switchboard.core.agent.offline;

import java.util.Objects;
import org.switchboard.core.agent.AgentReply;

/**
 * What a skill answers: the reply text and how the turn ended for the customer.
 *
 * @param text             the reply; not null
 * @param outcome          answered, unresolved or escalated; not null
 * @param escalationReason why a person must take over (only with {@link AgentReply.Outcome#ESCALATED}), else null
 */
record SkillAnswer(String text, AgentReply.Outcome outcome, String escalationReason) {

    SkillAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
    }

    static SkillAnswer answered(String text) {
        return new SkillAnswer(text, AgentReply.Outcome.ANSWERED, null);
    }

    static SkillAnswer unresolved(String text) {
        return new SkillAnswer(text, AgentReply.Outcome.UNRESOLVED, null);
    }
}
