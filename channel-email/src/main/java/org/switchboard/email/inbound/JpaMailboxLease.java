package org.switchboard.email.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * {@link MailboxLease} on MariaDB (table {@code email_poller_leases}, V3): the row is created once
 * ({@code INSERT IGNORE}, expired), then taken or renewed with one conditional
 * {@code UPDATE ... WHERE mailbox = ? AND (expires_at < UTC_TIMESTAMP(6) OR holder = ?)}: the row lock makes two
 * servers' attempts serial, and exactly one of them matches.
 */
@ApplicationScoped
public class JpaMailboxLease implements MailboxLease {

    private static final String CREATE = """
            INSERT IGNORE INTO email_poller_leases (mailbox, holder, expires_at)
            VALUES (?1, NULL, '1970-01-01 00:00:01')
            """;
    private static final String ACQUIRE = """
            UPDATE email_poller_leases SET holder = ?2, expires_at = UTC_TIMESTAMP(6) + INTERVAL ?3 MICROSECOND
            WHERE mailbox = ?1 AND (expires_at < UTC_TIMESTAMP(6) OR holder = ?2)
            """;
    private static final String RELEASE = """
            UPDATE email_poller_leases SET holder = NULL, expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND
            WHERE mailbox = ?1 AND holder = ?2
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /** For CDI. */
    public JpaMailboxLease() {
    }

    /** @param em the entity manager to use (tests, outside a container) */
    public JpaMailboxLease(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String mailbox, String holder, Duration ttl) {
        em.createNativeQuery(CREATE).setParameter(1, mailbox).executeUpdate();
        int rows = em.createNativeQuery(ACQUIRE)
                .setParameter(1, mailbox)
                .setParameter(2, holder)
                .setParameter(3, ttl.toNanos() / 1000)
                .executeUpdate();
        return rows == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String mailbox, String holder) {
        em.createNativeQuery(RELEASE).setParameter(1, mailbox).setParameter(2, holder).executeUpdate();
    }
}
