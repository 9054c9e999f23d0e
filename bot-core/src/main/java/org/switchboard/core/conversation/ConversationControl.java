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
 * What people do to a conversation's state (admin API, the channels' support agents): take over a conversation
 * (it is assigned to that person), hand it back to the bot (the entry agent, triage, answers the next message; the
 * transcript gets a summary line), or close it. Each change locks the conversation row (so it never races a running
 * turn), follows {@link ConversationTransition} and is audited with who did it and why. Closing fires
 * {@link ConversationClosed} in the same transaction.
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
     * As {@link #apply(long, ConversationTransition, HumanActor, String)} for a person known only by user name.
     *
     * @param conversationId the conversation
     * @param transition     what to do
     * @param actor          who does it (a user name)
     * @param reason         why, may be null
     * @return the conversation's new status
     */
    @Transactional
    public ConversationStatus apply(long conversationId, ConversationTransition transition, String actor, String reason) {
        return apply(conversationId, transition, new HumanActor(actor, actor), reason);
    }

    /**
     * @param conversationId the conversation
     * @param transition     what to do
     * @param actor          who does it
     * @param reason         why, may be null
     * @return the conversation's new status
     * @throws UnknownConversationException when there is no such conversation
     * @throws IllegalStateException        when the transition is not allowed from the current status (nothing
     *                                      changes)
     */
    @Transactional
    public ConversationStatus apply(long conversationId, ConversationTransition transition, HumanActor actor,
                                    String reason) {
        return apply(lock(conversationId), transition, actor, reason);
    }

    /**
     * Applies a transition to a conversation the caller's transaction has locked.
     *
     * @param conversation the locked conversation
     * @param transition   what to do
     * @param actor        who does it
     * @param reason       why, may be null
     * @return the conversation's new status
     * @throws IllegalStateException when the transition is not allowed from the current status
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConversationStatus apply(Conversation conversation, ConversationTransition transition, HumanActor actor,
                                    String reason) {
        ConversationStatus before = conversation.getStatus();
        Instant now = clock.instant();
        ConversationStatus after = conversation.transition(transition, reason, now);
        long id = conversation.id().value();
        if (transition == ConversationTransition.TAKE_OVER) {
            conversation.assignTo(actor.userName());
        } else if (transition == ConversationTransition.HAND_BACK) {
            conversation.handOffTo(agents.entry());
            conversation.assignTo(null);
            em.persist(new ConversationMessage(conversation.id(), conversation.getTurnCount(), MessageRole.SYSTEM,
                    actor.userName(), null, handBackSummary(actor, reason), null, clock.instant())
                    .withAuthorName(actor.displayName()));
        }
        audit.record(actor.userName(), "conversation." + transition.action(), "conversation:" + id,
                before + " -> " + after + (reason == null || reason.isBlank() ? "" : ": " + reason));
        if (transition == ConversationTransition.CLOSE) {
            boolean person = before == ConversationStatus.WAITING_FOR_HUMAN || before == ConversationStatus.HANDED_OFF
                    || conversation.getAssignee() != null;
            closed.fire(new ConversationClosed(id, actor.userName(), person, now));
        }
        return after;
    }

    /**
     * @param conversationId a conversation
     * @return it, locked for the caller's transaction ({@code SELECT ... FOR UPDATE})
     * @throws UnknownConversationException when there is none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Conversation lock(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownConversationException(conversationId);
        }
        return conversation;
    }

    /**
     * @param actor  who hands back
     * @param reason why, may be null or blank
     * @return the transcript's summary line, e.g. {@code Handed back to the bot by Dana Agent: sorted out by phone}
     */
    static String handBackSummary(HumanActor actor, String reason) {
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        return "Handed back to the bot by " + actor.displayName() + why;
    }
}
