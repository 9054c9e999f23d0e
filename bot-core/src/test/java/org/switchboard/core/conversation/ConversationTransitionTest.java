package org.switchboard.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.core.conversation.ConversationStatus.CLOSED;
import static org.switchboard.core.conversation.ConversationStatus.HANDED_OFF;
import static org.switchboard.core.conversation.ConversationStatus.OPEN;
import static org.switchboard.core.conversation.ConversationStatus.WAITING_FOR_HUMAN;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.customer.CustomerId;

class ConversationTransitionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void everyTransitionIsAllowedExactlyFromItsDocumentedStates() {
        Map<ConversationTransition, Set<ConversationStatus>> allowed = new EnumMap<>(ConversationTransition.class);
        allowed.put(ConversationTransition.ESCALATE, EnumSet.of(OPEN));
        allowed.put(ConversationTransition.TAKE_OVER, EnumSet.of(OPEN, WAITING_FOR_HUMAN));
        allowed.put(ConversationTransition.HAND_BACK, EnumSet.of(WAITING_FOR_HUMAN, HANDED_OFF));
        allowed.put(ConversationTransition.CLOSE, EnumSet.of(OPEN, WAITING_FOR_HUMAN, HANDED_OFF));
        allowed.put(ConversationTransition.REOPEN, EnumSet.of(CLOSED));
        for (ConversationTransition t : ConversationTransition.values()) {
            for (ConversationStatus from : ConversationStatus.values()) {
                if (allowed.get(t).contains(from)) {
                    assertThat(t.apply(from)).as("%s from %s", t, from).isEqualTo(t.target());
                } else {
                    assertThatThrownBy(() -> t.apply(from)).as("%s from %s", t, from)
                            .isInstanceOf(IllegalStateException.class).hasMessageContaining(from.name());
                }
            }
        }
    }

    @Test
    void escalationWaitsForAHumanUntilHandedBackAndTheCounterStartsOver() {
        Conversation c = new Conversation(new ConversationRef(Channel.SLACK, "T1/C1/1.0", Map.of()), new CustomerId(1),
                "knowledge", NOW);
        assertThat(c.recordTurnOutcome(false)).isEqualTo(1);
        assertThat(c.recordTurnOutcome(false)).isEqualTo(2);

        c.transition(ConversationTransition.ESCALATE, "the customer asked for a person", NOW);
        assertThat(c.getStatus()).isEqualTo(WAITING_FOR_HUMAN);
        assertThat(c.getStatusReason()).isEqualTo("the customer asked for a person");
        assertThatThrownBy(() -> c.transition(ConversationTransition.ESCALATE, "again", NOW))
                .isInstanceOf(IllegalStateException.class);

        c.transition(ConversationTransition.TAKE_OVER, "alice took it", NOW);
        assertThat(c.getStatus()).isEqualTo(HANDED_OFF);
        c.transition(ConversationTransition.HAND_BACK, null, NOW);
        assertThat(c.getStatus()).isEqualTo(OPEN);
        assertThat(c.getUnhelpfulTurns()).isZero();
    }

    @Test
    void aConversationIsAssignedToOnePersonAtATimeAndTheHandBackSummaryNamesThem() {
        Conversation c = new Conversation(new ConversationRef(Channel.SLACK, "T1/C1/2.0", Map.of()), new CustomerId(1),
                "triage", NOW);
        assertThat(c.getAssignee()).isNull();
        c.assignTo("dana");
        assertThat(c.getAssignee()).isEqualTo("dana");
        c.assignTo(null);
        assertThat(c.getAssignee()).isNull();
        assertThatThrownBy(() -> c.assignTo(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.assignTo("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);

        HumanActor dana = new HumanActor("dana", "Dana Agent");
        assertThat(ConversationControl.handBackSummary(dana, " sorted out by phone "))
                .isEqualTo("Handed back to the bot by Dana Agent: sorted out by phone");
        assertThat(ConversationControl.handBackSummary(new HumanActor("admin", null), null))
                .isEqualTo("Handed back to the bot by admin");
        assertThatThrownBy(() -> new HumanActor(" ", "Nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionsHaveStableNamesForTheAdminApi() {
        for (ConversationTransition t : ConversationTransition.values()) {
            assertThat(ConversationTransition.ofAction(t.action())).isEqualTo(t);
        }
        assertThat(ConversationTransition.HAND_BACK.action()).isEqualTo("hand-back");
        assertThatThrownBy(() -> ConversationTransition.ofAction("explode"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hand-back");
        assertThatThrownBy(() -> new Conversation(new ConversationRef(Channel.SLACK, "k", Map.of()), new CustomerId(1),
                "triage", NOW).handOffTo(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
