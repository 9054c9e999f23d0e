package org.switchboard.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes audit entries in the caller's transaction (or a new one when there is none). */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records an action.
     *
     * @param actor   who did it ({@code bot}, {@code system} or a user name)
     * @param action  dotted verb, e.g. {@code outbox.dead-lettered}
     * @param subject what it was done to, e.g. {@code outbox:42}
     * @param details free text, no secrets; may be null
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, String action, String subject, String details) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, details));
    }
}
