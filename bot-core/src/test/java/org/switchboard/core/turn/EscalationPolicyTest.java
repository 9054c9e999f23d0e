package org.switchboard.core.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationStatus;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.hours.BusinessHoursConfig;

class EscalationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-05T22:00:00Z");

    private final List<String> audited = new ArrayList<>();
    private Optional<String> nextOpening = Optional.of("Monday at 9:00 CET");
    private final EscalationPolicy policy = new EscalationPolicy();

    EscalationPolicyTest() {
        policy.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        policy.unhelpfulTurnsLimit = 2;
        policy.audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String subject, String details) {
                audited.add(action);
            }
        };
        policy.businessHours = new BusinessHoursConfig() {
            @Override
            public Optional<String> nextOpeningIfClosed() {
                return nextOpening;
            }
        };
    }

    @Test
    void anEscalationAfterHoursNamesTheOpeningAndTheBotGoesOnAnsweringWhileNobodyHasTakenItOver() throws Exception {
        Conversation conversation = conversation();
        AgentReply escalated = policy.apply(conversation, new AgentReply("triage", "A person will follow up.",
                List.of(), AgentReply.Outcome.ESCALATED, null, "the customer asked for a person"));
        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.WAITING_FOR_HUMAN);
        assertThat(escalated.text()).endsWith("a person will answer here from Monday at 9:00 CET.");

        assertThat(policy.answersWhileWaiting(conversation)).isTrue();
        nextOpening = Optional.empty();
        assertThat(policy.answersWhileWaiting(conversation)).as("during business hours a person answers").isFalse();
        nextOpening = Optional.of("Monday at 9:00 CET");
        conversation.assignTo("dana");
        assertThat(policy.answersWhileWaiting(conversation)).as("taken by a person").isFalse();
    }

    @Test
    void whileWaitingAnAnswerGoesOutAsItIsAndAnotherEscalationOnlySaysAgainWhenAPersonAnswers() throws Exception {
        Conversation conversation = conversation();
        conversation.transition(ConversationTransition.ESCALATE, "asked for a person", NOW);
        audited.clear();

        AgentReply answer = new AgentReply("triage", "Open Settings > Payments.", List.of());
        assertThat(policy.applyWhileWaiting(conversation, answer)).isEqualTo(answer);

        AgentReply again = policy.applyWhileWaiting(conversation, new AgentReply("triage", "I'm passing this on.",
                List.of(), AgentReply.Outcome.ESCALATED, null, "the customer asked for a person"));
        assertThat(again.outcome()).isEqualTo(AgentReply.Outcome.UNRESOLVED);
        assertThat(again.text()).isEqualTo("I'm passing this on. Our support team is away right now; a person will"
                + " answer here from Monday at 9:00 CET.");
        for (int i = 0; i < 3; i++) {
            policy.applyWhileWaiting(conversation, new AgentReply("triage", "I don't know.", List.of(),
                    AgentReply.Outcome.UNRESOLVED, null, null));
        }
        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.WAITING_FOR_HUMAN);
        assertThat(audited).doesNotContain("conversation.escalated").contains("conversation.answered-while-waiting");
    }

    private static Conversation conversation() throws Exception {
        Conversation conversation = new Conversation(new ConversationRef(Channel.SLACK, "T1/C1/1.0", Map.of()),
                new CustomerId(1), "triage", NOW);
        java.lang.reflect.Field id = Conversation.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(conversation, 7L);
        return conversation;
    }
}
