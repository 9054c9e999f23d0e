package org.switchboard.core.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads {@link BotStatus} from the inbox, outbox, conversations and approval tables (read-only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BotStatusQueries {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    /** @return the counts now */
    public BotStatus status() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp midnight = Timestamp.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new BotStatus(
                count("SELECT COUNT(*) FROM inbox_entries WHERE status = 'PENDING'", null),
                count("SELECT COUNT(*) FROM outbox_entries WHERE status = 'PENDING'", null),
                count("SELECT COUNT(*) FROM outbox_entries WHERE status = 'DEAD'", null),
                count("SELECT COUNT(*) FROM conversations WHERE status = 'WAITING_FOR_HUMAN'", null),
                count("SELECT COUNT(*) FROM approval_requests WHERE status = 'PENDING' AND expires_at > ?1", now),
                count("SELECT COUNT(*) FROM conversations WHERE updated_at >= ?1", midnight));
    }

    private long count(String sql, Timestamp parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
