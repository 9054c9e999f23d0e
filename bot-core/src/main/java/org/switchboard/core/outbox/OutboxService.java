package org.switchboard.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.reply.ReplyContent;

/** Queues replies in the caller's transaction (the turn's), so reply and transcript commit together. */
@ApplicationScoped
public class OutboxService {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ReplyQueued> queued;

    /**
     * Queues a reply to an inbound message.
     *
     * @param inboxEntryId   the inbound message (at most one reply each; a second one violates a unique key)
     * @param conversationId the conversation, or null
     * @param ref            where to deliver
     * @param text           the reply text
     * @return the queued entry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEntry enqueue(Long inboxEntryId, Long conversationId, ConversationRef ref, String text) {
        return enqueue(inboxEntryId, conversationId, ref, text, null);
    }

    /**
     * Queues a reply with structure to an inbound message.
     *
     * @param inboxEntryId   the inbound message (at most one reply each; a second one violates a unique key)
     * @param conversationId the conversation, or null
     * @param ref            where to deliver
     * @param text           the reply's plain text
     * @param content        its structure, rendered by the channel; null for a text-only reply
     * @return the queued entry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEntry enqueue(Long inboxEntryId, Long conversationId, ConversationRef ref, String text,
                               ReplyContent content) {
        OutboxEntry entry = new OutboxEntry(inboxEntryId, conversationId, ref, text, clock.instant()).withContent(content);
        em.persist(entry);
        queued.fire(new ReplyQueued(entry.getId()));
        return entry;
    }
}
