package org.switchboard.email.loop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link ReplyLedger} on MariaDB, table {@code email_auto_replies} (V3). The column {@code granted_at} holds the send
 * slot (see {@link ReplyLedger}); the index {@code (address, granted_at)} serves every per-sender query.
 */
@ApplicationScoped
public class JpaReplyLedger implements ReplyLedger {

    private static final String GRANT = """
            INSERT IGNORE INTO email_auto_replies (message_id, address, conversation_key, granted_at)
            VALUES (?1, ?2, ?3, ?4)
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /** For CDI. */
    public JpaReplyLedger() {
    }

    /** @param em the entity manager to use (tests, outside a container) */
    public JpaReplyLedger(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean granted(String messageId) {
        return em.find(AutoReplyGrant.class, messageId) != null;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Instant> slotOf(String messageId) {
        return Optional.ofNullable(em.find(AutoReplyGrant.class, messageId)).map(AutoReplyGrant::getGrantedAt);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Instant> latestSlot(String address) {
        return Optional.ofNullable(em.createQuery("select max(g.grantedAt) from AutoReplyGrant g where g.address = :a",
                        Instant.class)
                .setParameter("a", address)
                .getSingleResult());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public long countForConversation(String address, String conversationKey, Instant since) {
        return em.createQuery("select count(g) from AutoReplyGrant g where g.address = :a"
                        + " and g.conversationKey = :k and g.grantedAt > :since", Long.class)
                .setParameter("a", address)
                .setParameter("k", conversationKey)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public long countForAddress(String address, Instant since) {
        return em.createQuery("select count(g) from AutoReplyGrant g where g.address = :a and g.grantedAt > :since",
                        Long.class)
                .setParameter("a", address)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void grant(String messageId, String address, String conversationKey, Instant at) {
        em.createNativeQuery(GRANT)
                .setParameter(1, messageId)
                .setParameter(2, address)
                .setParameter(3, conversationKey)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }
}
