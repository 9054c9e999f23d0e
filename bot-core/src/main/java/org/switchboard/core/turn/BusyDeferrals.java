package org.switchboard.core.turn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.conversation.ConversationService;
import org.switchboard.core.inbox.InboxEntry;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;

/**
 * Puts off a turn the language model was too busy to start (its bulkhead was full, nothing of the turn ran): the
 * entry stays PENDING and runs again after {@code switchboard.model.busy-retry-seconds} (env
 * {@code SWITCHBOARD_MODEL_BUSY_RETRY_SECONDS}, default 30), without counting as a failed attempt. The first time,
 * the customer is told in the conversation that the answer will take a few minutes ({@link TurnReplies#BUSY}) and
 * the deferral is audited ({@code turn.deferred-busy}); later deferrals of the same entry are silent.
 *
 * <p>Why retry and not escalate: a full bulkhead is a moment of load, not a fault. Escalating every such turn would
 * hand a traffic peak to the support team as tickets; retrying answers it a little later with the same agents and
 * tools. The wait is bounded: once a message is older than {@code switchboard.model.busy-max-wait-seconds} (env
 * {@code SWITCHBOARD_MODEL_BUSY_MAX_WAIT_SECONDS}, default 600) it is no longer deferred and the ordinary failure
 * path takes over (retries with backoff, then the fallback reply and a {@code turn.failed} audit for a person).
 */
@ApplicationScoped
public class BusyDeferrals {

    private static final Logger LOG = Logs.logger(BusyDeferrals.class);

    @Inject
    OutboxService outbox;

    @Inject
    ConversationService conversations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.model.busy-retry-seconds", defaultValue = "30")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "switchboard.model.busy-max-wait-seconds", defaultValue = "600")
    long maxWaitSeconds;

    /**
     * Defers the entry's turn, in the caller's transaction, unless the message has waited too long already.
     *
     * @param entry the PENDING entry, locked by the caller
     * @return true when the turn was put off; false when the message is older than the maximum wait (the caller
     *         then records an ordinary failure)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryDefer(InboxEntry entry) {
        Instant now = clock.instant();
        if (Duration.between(entry.getReceivedAt(), now).getSeconds() >= maxWaitSeconds) {
            return false;
        }
        boolean first = !entry.isDeferredWhileBusy();
        Instant retryAt = now.plusSeconds(retrySeconds);
        entry.deferWhileBusy(InboxEntry.BUSY_NOTE + "; next try at " + retryAt, retryAt);
        if (first) {
            Long conversation = conversations.find(entry.conversationRef()).map(ConversationId::value).orElse(null);
            outbox.enqueue(null, conversation, entry.conversationRef(), TurnReplies.BUSY);
            audit.record("bot", "turn.deferred-busy", "inbox:" + entry.getId(),
                    "the language model was at capacity; the turn runs again when it has room");
        }
        LOG.info(() -> "Turn for inbox entry " + entry.getId() + " put off: the language model is busy; next try in "
                + retrySeconds + " s" + (first ? " (customer told once)" : ""));
        return true;
    }
}
