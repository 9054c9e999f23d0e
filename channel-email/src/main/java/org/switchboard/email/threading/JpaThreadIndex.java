package org.switchboard.email.threading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link ThreadIndex} on MariaDB: table {@code email_message_ids} (V3), and the core's {@code tickets},
 * {@code conversations} and {@code channel_identities} read-only.
 */
@ApplicationScoped
public class JpaThreadIndex implements ThreadIndex {

    private static final String LINK = """
            INSERT IGNORE INTO email_message_ids (message_id, conversation_key, direction, outbox_id, created_at, sender)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """;
    private static final String SENDERS = """
            SELECT DISTINCT sender FROM email_message_ids
            WHERE conversation_key = ?1 AND direction = 'INBOUND' AND sender IS NOT NULL
            """;
    private static final String TICKET_CONVERSATION = """
            SELECT c.external_key FROM tickets t
            JOIN conversations c ON c.id = t.conversation_id AND c.channel = 'EMAIL'
            JOIN channel_identities i ON i.customer_id = t.customer_id AND i.channel = 'EMAIL' AND i.external_id = ?2
            WHERE t.id = ?1
            """;
    private static final String LATEST_TICKET = """
            SELECT MAX(t.id) FROM tickets t JOIN conversations c ON c.id = t.conversation_id
            WHERE c.channel = 'EMAIL' AND c.external_key = ?1
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /** For CDI. */
    public JpaThreadIndex() {
    }

    /** @param em the entity manager to use (tests, outside a container) */
    public JpaThreadIndex(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> firstKnown(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> known = em.createQuery(
                        "select l from EmailMessageLink l where l.messageId in :ids", EmailMessageLink.class)
                .setParameter("ids", messageIds)
                .getResultStream()
                .collect(Collectors.toMap(EmailMessageLink::getMessageId, EmailMessageLink::getConversationKey));
        return messageIds.stream().map(known::get).filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean sentByUs(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return false;
        }
        return em.createQuery("select count(l) from EmailMessageLink l where l.messageId in :ids"
                        + " and l.direction = :outbound", Long.class)
                .setParameter("ids", messageIds).setParameter("outbound", LinkDirection.OUTBOUND)
                .getSingleResult() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void link(String messageId, String conversationKey, LinkDirection direction, Instant at) {
        insert(messageId, conversationKey, direction, null, at, null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void linkInbound(String messageId, String conversationKey, String sender, Instant at) {
        insert(messageId, conversationKey, LinkDirection.INBOUND, null, at,
                sender == null || sender.length() > 255 ? null : sender.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public java.util.Set<String> inboundSenders(String conversationKey) {
        @SuppressWarnings("unchecked")
        List<String> senders = em.createNativeQuery(SENDERS).setParameter(1, conversationKey).getResultList();
        return java.util.Set.copyOf(senders);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String outboundMessageId(long outboxId, String conversationKey, Supplier<String> fresh, Instant at) {
        Optional<String> existing = byOutbox(outboxId);
        if (existing.isPresent()) {
            return existing.get();
        }
        insert(fresh.get(), conversationKey, LinkDirection.OUTBOUND, outboxId, at, null);
        return byOutbox(outboxId).orElseThrow(() ->
                new IllegalStateException("outbound Message-ID of outbox entry " + outboxId + " not recorded"));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> conversationOfTicket(long ticket, String sender) {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery(TICKET_CONVERSATION)
                .setParameter(1, ticket)
                .setParameter(2, sender)
                .getResultList();
        return keys.stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public OptionalLong latestTicket(String conversationKey) {
        Object max = em.createNativeQuery(LATEST_TICKET).setParameter(1, conversationKey).getSingleResult();
        return max == null ? OptionalLong.empty() : OptionalLong.of(((Number) max).longValue());
    }

    private Optional<String> byOutbox(long outboxId) {
        return em.createQuery("select l.messageId from EmailMessageLink l where l.outboxId = :o", String.class)
                .setParameter("o", outboxId)
                .getResultStream()
                .findFirst();
    }

    private void insert(String messageId, String conversationKey, LinkDirection direction, Long outboxId, Instant at,
                        String sender) {
        em.createNativeQuery(LINK)
                .setParameter(1, messageId)
                .setParameter(2, conversationKey)
                .setParameter(3, direction.name())
                .setParameter(4, outboxId)
                .setParameter(5, Timestamp.from(at))
                .setParameter(6, sender)
                .executeUpdate();
    }

}
