package org.switchboard.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.work.Backoff;

/**
 * The transactions of one delivery attempt, each short and committed on its own so that no database connection or
 * row lock is held while the channel is called: {@link #claim} (mark the entry in flight), then one of
 * {@link #delivered}, {@link #failed} or {@link #dead}. An entry in flight is skipped by every other thread and
 * server until its sending lease ({@code switchboard.outbox.sending-lease-seconds}, default 60) runs out, which only
 * happens when the process that claimed it died.
 */
@ApplicationScoped
public class OutboxAttempts {

    private static final Logger LOG = Logs.logger(OutboxAttempts.class);

    /** Due entries, but only the oldest pending one of each conversation: its replies go out in order. */
    private static final String DUE = """
            SELECT o.id FROM outbox_entries o
            WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?1
              AND (o.sending_since IS NULL OR o.sending_since < ?3)
              AND NOT EXISTS (SELECT 1 FROM outbox_entries p
                              WHERE p.conversation_id = o.conversation_id AND p.status = 'PENDING' AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id LIMIT ?2
            """;
    private static final String LOCK = """
            SELECT * FROM outbox_entries WHERE id = ?1 AND status = 'PENDING' AND next_attempt_at <= ?2
              AND (sending_since IS NULL OR sending_since < ?3)
            FOR UPDATE SKIP LOCKED
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

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

    @Inject
    @ConfigProperty(name = "switchboard.outbox.sending-lease-seconds", defaultValue = "60")
    long sendingLeaseSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.deferral-ms", defaultValue = "5000")
    long deferralMs;

    /**
     * One claimed attempt.
     *
     * @param reply            what to send
     * @param channel          where
     * @param unconfirmedSince when an earlier attempt with an unknown outcome started (ask the channel before
     *                         sending), or null when none did
     */
    public record Claim(OutboundReply reply, Channel channel, Instant unconfirmedSince) {
    }

    /**
     * @param limit at most this many ids
     * @return ids of entries due for delivery now (the oldest pending one of each conversation, not in flight),
     *         oldest due first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueIds(int limit) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .setParameter(3, Timestamp.from(leaseCutoff(now)))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Marks an entry in flight, if it is still due and nobody else holds it.
     *
     * @param id the entry
     * @return the claim, or empty when the entry is delivered, not due, or held by another thread or server
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(long id) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxEntry> locked = em.createNativeQuery(LOCK, OutboxEntry.class)
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(leaseCutoff(now)))
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        OutboxEntry entry = locked.get(0);
        Instant unconfirmed = entry.getUnconfirmedSince();
        entry.claim(now);
        return Optional.of(new Claim(entry.toReply(), entry.getChannel(), unconfirmed));
    }

    /**
     * @param id         the entry
     * @param externalId the channel's id of the message, or null
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id, String externalId) {
        em.find(OutboxEntry.class, id).markDelivered(externalId, clock.instant());
    }

    /**
     * Schedules the next attempt (exponential backoff, or the channel's Retry-After), or dead-letters the entry after
     * {@code switchboard.outbox.max-attempts}.
     *
     * @param id         the entry
     * @param error      what went wrong
     * @param retryAfter when the channel asked us to come back, or null
     * @param uncertain  whether the reply may have reached the channel anyway (timeout, I/O error, 5xx)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error, Duration retryAfter, boolean uncertain) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (entry.getAttempts() + 1 >= maxAttempts) {
            deadLetter(entry, "gave up after " + maxAttempts + " attempts; last error: " + error);
            return;
        }
        Duration wait = retryAfter != null ? retryAfter
                : new Backoff(Duration.ofMillis(backoffBaseMs), Duration.ofMillis(backoffMaxMs)).delayAfter(entry.getAttempts() + 1);
        entry.recordFailure(error, clock.instant().plus(wait), uncertain);
        LOG.warning(() -> "Outbox entry " + entry.getId() + " (" + entry.getChannel() + ") not delivered, attempt "
                + entry.getAttempts() + "; next try in " + wait.toMillis() + " ms" + (uncertain
                ? " (outcome unknown: a channel that can tell is asked first whether it arrived)" : "") + ": " + error);
    }

    /**
     * Puts an entry back without counting an attempt: the call was refused on our side before anything was sent (an
     * open circuit breaker or a full bulkhead in front of the channel's API). It is due again after
     * {@code switchboard.outbox.deferral-ms} (default 5,000 ms, half the channel breakers' 10 s delay), so a long
     * channel outage neither grows its backoff nor dead-letters it.
     *
     * @param id               the entry
     * @param unconfirmedSince the value before this claim: when an earlier attempt with an unknown outcome started,
     *                         or null (this refusal sent nothing, so it adds no uncertainty)
     * @param reason           why the call was refused, e.g. {@code CircuitBreakerOpenException}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deferred(long id, Instant unconfirmedSince, String reason) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        entry.defer(reason, clock.instant().plusMillis(deferralMs), unconfirmedSince);
        LOG.fine(() -> "Outbox entry " + id + " (" + entry.getChannel() + ") deferred by " + deferralMs + " ms: " + reason);
    }

    /**
     * @param id    the entry
     * @param error why retrying cannot help
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void dead(long id, String error) {
        deadLetter(em.find(OutboxEntry.class, id), error);
    }

    private void deadLetter(OutboxEntry entry, String error) {
        entry.markDead(error);
        LOG.log(Level.SEVERE, "Outbox entry {0} ({1}) dead-lettered: {2}", new Object[]{entry.getId(), entry.getChannel(), error});
        audit.record("system", "outbox.dead-lettered", "outbox:" + entry.getId(), error);
    }

    private Instant leaseCutoff(Instant now) {
        return now.minusSeconds(sendingLeaseSeconds);
    }
}
