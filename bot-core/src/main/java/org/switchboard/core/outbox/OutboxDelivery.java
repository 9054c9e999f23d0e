package org.switchboard.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.ReplyDeliverer;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.work.Backoff;

/**
 * Delivers one outbox entry in one transaction: the row is locked ({@code FOR UPDATE SKIP LOCKED}, so no two
 * threads or servers send it), the channel's {@link ReplyDeliverer} is called, and the outcome is written
 * before the lock is released. If the process dies mid-call the transaction rolls back and the entry is sent
 * again after restart: at-least-once towards the channel, with the window limited to one in-flight call.
 * Replies of one conversation go out in the order they were queued: an entry is due only when no older entry of its
 * conversation is still pending (so a reply waiting for a retry holds back the later ones of that conversation only).
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logs.logger(OutboxDelivery.class);

    /** Due entries, but only the oldest pending one of each conversation: its replies go out in order. */
    private static final String DUE = """
            SELECT o.id FROM outbox_entries o
            WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?1
              AND NOT EXISTS (SELECT 1 FROM outbox_entries p
                              WHERE p.conversation_id = o.conversation_id AND p.status = 'PENDING' AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id LIMIT ?2
            """;
    private static final String LOCK = """
            SELECT * FROM outbox_entries WHERE id = ?1 AND status = 'PENDING' AND next_attempt_at <= ?2
            FOR UPDATE SKIP LOCKED
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    @Any
    Instance<ReplyDeliverer> deliverers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.max-attempts", defaultValue = "25")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.backoff-base-ms", defaultValue = "1000")
    long backoffBaseMs;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.backoff-max-ms", defaultValue = "300000")
    long backoffMaxMs;

    /**
     * @param limit at most this many ids
     * @return ids of entries due for delivery now (the oldest pending one of each conversation), oldest due first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueIds(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE)
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Tries to deliver one entry.
     *
     * @param id the entry's id
     * @return true when this call handled the entry (delivered, rescheduled or dead-lettered); false when another
     *         thread holds it or it is no longer due
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliver(long id) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxEntry> locked = em.createNativeQuery(LOCK, OutboxEntry.class)
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(now))
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        OutboxEntry entry = locked.get(0);
        Optional<ReplyDeliverer> deliverer = delivererFor(entry.getChannel());
        if (deliverer.isEmpty()) {
            deadLetter(entry, "no reply deliverer for channel " + entry.getChannel());
            return true;
        }
        try {
            String externalId = deliverer.get().deliver(entry.toReply());
            entry.markDelivered(externalId, clock.instant());
        } catch (RetryableDeliveryException e) {
            reschedule(entry, e.getMessage(), e.retryAfter().orElse(null));
        } catch (PermanentDeliveryException e) {
            deadLetter(entry, e.getMessage());
        } catch (RuntimeException e) {
            // timeouts, open circuit breakers and unexpected client errors: the channel may recover
            reschedule(entry, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        return true;
    }

    private void reschedule(OutboxEntry entry, String error, Duration retryAfter) {
        if (entry.getAttempts() + 1 >= maxAttempts) {
            deadLetter(entry, "gave up after " + maxAttempts + " attempts; last error: " + error);
            return;
        }
        Duration wait = retryAfter != null ? retryAfter
                : new Backoff(Duration.ofMillis(backoffBaseMs), Duration.ofMillis(backoffMaxMs)).delayAfter(entry.getAttempts() + 1);
        entry.recordFailure(error, clock.instant().plus(wait));
        LOG.warning(() -> "Outbox entry " + entry.getId() + " (" + entry.getChannel() + ") not delivered, attempt "
                + entry.getAttempts() + "; next try in " + wait.toMillis() + " ms: " + error);
    }

    private void deadLetter(OutboxEntry entry, String error) {
        entry.markDead(error);
        LOG.log(Level.SEVERE, "Outbox entry {0} ({1}) dead-lettered: {2}", new Object[]{entry.getId(), entry.getChannel(), error});
        audit.record("system", "outbox.dead-lettered", "outbox:" + entry.getId(), error);
    }

    private Optional<ReplyDeliverer> delivererFor(Channel channel) {
        for (ReplyDeliverer d : deliverers) {
            if (d.channel() == channel) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
