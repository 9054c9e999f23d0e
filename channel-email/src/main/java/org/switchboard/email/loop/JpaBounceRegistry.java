package org.switchboard.email.loop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/** {@link BounceRegistry} on MariaDB, table {@code email_undeliverable} (V3). */
@ApplicationScoped
public class JpaBounceRegistry implements BounceRegistry {

    private static final String MARK = """
            INSERT INTO email_undeliverable (address, reason, bounce_count, last_message_id, first_bounced_at,
                                             last_bounced_at)
            VALUES (?1, ?2, 1, ?3, ?4, ?4)
            ON DUPLICATE KEY UPDATE reason = VALUES(reason), bounce_count = bounce_count + 1,
                                    last_message_id = VALUES(last_message_id), last_bounced_at = VALUES(last_bounced_at)
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /** For CDI. */
    public JpaBounceRegistry() {
    }

    /** @param em the entity manager to use (tests, outside a container) */
    public JpaBounceRegistry(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void markUndeliverable(String address, String reason, String messageId, Instant at) {
        em.createNativeQuery(MARK)
                .setParameter(1, address.toLowerCase(Locale.ROOT))
                .setParameter(2, reason.length() <= 500 ? reason : reason.substring(0, 500))
                .setParameter(3, messageId)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean isUndeliverable(String address) {
        return em.find(UndeliverableAddress.class, address.toLowerCase(Locale.ROOT)) != null;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean clear(String address) {
        return em.createQuery("delete from UndeliverableAddress u where u.address = :a")
                .setParameter("a", address.toLowerCase(Locale.ROOT))
                .executeUpdate() > 0;
    }
}
