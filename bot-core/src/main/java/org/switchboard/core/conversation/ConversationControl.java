package org.switchboard.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.audit.AuditLog;

/**
 * What humans do to a conversation's state (admin API, later the channels' human relay): take over an escalated
 * conversation, hand it back to the bot (the entry agent, triage, answers the next message), or close it. Each
 * change locks the conversation row (so it never races a running turn), follows {@link ConversationTransition}
 * and is audited with who did it and why. Closing fires {@link ConversationClosed} in the same transaction.
 */
@ApplicationScoped
public class ConversationControl {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    AgentProfiles agents;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ConversationClosed> closed;

    /**
     * @param conversationId the conversation
     * @param transition     what to do
     * @param actor          who does it (the admin's user name)
     * @param reason         why, may be null
     * @return the conversation's new status
     * @throws UnknownConversationException when there is no such conversation
     * @throws IllegalStateException        when the transition is not allowed from the current status (nothing
     *                                      changes)
     */
    @Transactional
    public ConversationStatus apply(long conversationId, ConversationTransition transition, String actor, String reason) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownConversationException(conversationId);
        }
        ConversationStatus before = conversation.getStatus();
        Instant now = clock.instant();
        ConversationStatus after = conversation.transition(transition, reason, now);
        if (transition == ConversationTransition.HAND_BACK) {
            conversation.handOffTo(agents.entry());
        }
        audit.record(actor, "conversation." + transition.action(), "conversation:" + conversationId,
                before + " -> " + after + (reason == null || reason.isBlank() ? "" : ": " + reason));
        if (transition == ConversationTransition.CLOSE) {
            boolean person = before == ConversationStatus.WAITING_FOR_HUMAN || before == ConversationStatus.HANDED_OFF;
            closed.fire(new ConversationClosed(conversationId, actor, person, now));
        }
        return after;
    }
}
