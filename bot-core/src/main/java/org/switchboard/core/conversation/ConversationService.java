package org.switchboard.core.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.switchboard.core.agent.profile.AgentProfiles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.customer.CustomerId;

/** Finds, opens and locks conversations, and writes transcript lines. Runs in the turn's transaction. */
@ApplicationScoped
public class ConversationService {

    @Inject
    AgentProfiles agents;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Returns the conversation for a reference, locked for this transaction ({@code SELECT ... FOR UPDATE}),
     * opening it first when it does not exist (with the entry agent of {@link AgentProfiles}, triage, active).
     *
     * @param ref      the conversation reference from the inbound message
     * @param customer the verified customer (used when opening)
     * @return the locked conversation
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Conversation lockOrOpen(ConversationRef ref, CustomerId customer) {
        Optional<Conversation> found = lockExisting(ref);
        if (found.isPresent()) {
            return found.get();
        }
        Conversation conversation = new Conversation(ref, customer, agents.entry(), clock.instant());
        em.persist(conversation);
        em.flush();
        return conversation;
    }

    /**
     * Returns the conversation of a reference locked for this transaction, without opening one.
     *
     * @param ref the conversation reference from the inbound message
     * @return the locked conversation, or empty when there is none yet
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Conversation> lockExisting(ConversationRef ref) {
        return byRef(ref).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private jakarta.persistence.TypedQuery<Conversation> byRef(ConversationRef ref) {
        return em.createQuery(
                        "select c from Conversation c where c.channel = :channel and c.externalKey = :key", Conversation.class)
                .setParameter("channel", ref.channel())
                .setParameter("key", ref.key());
    }

    /**
     * Finds the conversation of a reference without locking or opening it.
     *
     * @param ref the conversation reference from the inbound message
     * @return its id, or empty when no turn of it has committed yet
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ConversationId> find(ConversationRef ref) {
        return byRef(ref).getResultStream().findFirst().map(Conversation::id);
    }

    /**
     * The customer and agent lines of earlier turns, for the model's memory.
     *
     * @param conversation the conversation
     * @param beforeTurn   only turns before this one
     * @param limit        at most this many lines (the most recent)
     * @return the lines, oldest first
     */
    public List<ConversationMessage> recentHistory(ConversationId conversation, int beforeTurn, int limit) {
        List<ConversationMessage> newestFirst = em.createQuery("""
                        select m from ConversationMessage m
                        where m.conversationId = :c and m.turnNumber < :turn and m.role in (:customer, :agent, :human)
                        order by m.id desc""", ConversationMessage.class)
                .setParameter("c", conversation.value())
                .setParameter("turn", beforeTurn)
                // three single parameters, not one list: Hibernate caches the SQL of a query only when no
                // parameter is multi-valued, and this query runs on every turn
                .setParameter("customer", MessageRole.CUSTOMER)
                .setParameter("agent", MessageRole.AGENT)
                .setParameter("human", MessageRole.HUMAN)
                .setMaxResults(limit)
                .getResultList();
        List<ConversationMessage> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * Appends a transcript line.
     *
     * @param message the line
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ConversationMessage message) {
        em.persist(message);
    }
}
