package org.switchboard.core.turn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.agent.ModelBusyException;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.inbox.InboxEntry;
import org.switchboard.core.inbox.InboxStatus;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.work.Backoff;

/**
 * Records a failed turn in its own transaction: retry later with backoff, or after
 * {@code switchboard.worker.max-attempts} give up, queue a polite fallback reply and audit it for a human.
 * A turn refused because the language model was busy ({@link ModelBusyException}) is not a failure: it is put off
 * by {@link BusyDeferrals} until the model has room, and only becomes one when it waited too long.
 * The message itself is never lost: it stays in the inbox with its error.
 */
@ApplicationScoped
public class TurnFailures {

    private static final Logger LOG = Logs.logger(TurnFailures.class);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    OutboxService outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    BusyDeferrals deferrals;

    @Inject
    @ConfigProperty(name = "switchboard.worker.max-attempts", defaultValue = "3")
    int maxAttempts;

    /**
     * @param inboxEntryId the entry whose turn failed
     * @param failure      the exception
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long inboxEntryId, Throwable failure) {
        InboxEntry entry = em.find(InboxEntry.class, inboxEntryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.getStatus() != InboxStatus.PENDING) {
            return;
        }
        if (busyModel(failure) && deferrals.tryDefer(entry)) {
            return;
        }
        String error = describe(failure);
        if (entry.getAttempts() + 1 >= maxAttempts) {
            entry.markFailed(error, clock.instant());
            outbox.enqueue(entry.getId(), null, entry.conversationRef(), TurnReplies.FALLBACK);
            audit.record("system", "turn.failed", "inbox:" + entry.getId(), error);
            LOG.log(Level.SEVERE, "Turn for inbox entry " + entry.getId() + " (" + entry.getChannel() + " "
                    + entry.getExternalId() + ") failed " + maxAttempts + " times; fallback reply queued", failure);
        } else {
            Duration wait = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)).delayAfter(entry.getAttempts() + 1);
            entry.recordFailure(error, clock.instant().plus(wait));
            LOG.log(Level.WARNING, "Turn for inbox entry " + entry.getId() + " failed (attempt " + entry.getAttempts()
                    + "); retry in " + wait.toMillis() + " ms", failure);
        }
    }

    private static boolean busyModel(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelBusyException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + (root != failure ? " caused by " + root.getClass().getSimpleName() : "")
                + ": " + root.getMessage();
    }
}
