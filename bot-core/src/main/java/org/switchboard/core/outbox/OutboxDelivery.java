package org.switchboard.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.ReplyDeliverer;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.core.privacy.Logs;

/**
 * Delivers one outbox entry, exactly once where the channel can tell whether a reply arrived:
 * <ol>
 *   <li>claim it in a short transaction (row locked with {@code FOR UPDATE SKIP LOCKED}, marked in flight and
 *       committed: no two threads or servers send it, and no connection is held during the call);</li>
 *   <li>if an earlier attempt's outcome is unknown (the process died during the call, or it timed out), ask the
 *       channel ({@link ReplyDeliverer#findDelivered}) and, when the reply is already there, only record it;</li>
 *   <li>call the channel's {@link ReplyDeliverer} and write the outcome in a second short transaction.</li>
 * </ol>
 * For a channel that cannot answer step 2 the guarantee is at-least-once, with the window limited to one call.
 * Replies of one conversation go out in the order they were queued: an entry is due only when no older entry of its
 * conversation is still pending (so a reply waiting for a retry holds back the later ones of that conversation only).
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logs.logger(OutboxDelivery.class);

    @Inject
    OutboxAttempts attempts;

    @Inject
    @Any
    Instance<ReplyDeliverer> deliverers;

    /**
     * @param limit at most this many ids
     * @return ids of entries due for delivery now (the oldest pending one of each conversation), oldest due first
     */
    public List<Long> dueIds(int limit) {
        return attempts.dueIds(limit);
    }

    /**
     * Tries to deliver one entry.
     *
     * @param id the entry's id
     * @return true when this call handled the entry (delivered, rescheduled or dead-lettered); false when another
     *         thread holds it or it is no longer due
     */
    public boolean deliver(long id) {
        Optional<OutboxAttempts.Claim> claimed = attempts.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxAttempts.Claim claim = claimed.get();
        Optional<ReplyDeliverer> deliverer = delivererFor(claim.channel());
        if (deliverer.isEmpty()) {
            attempts.dead(id, "no reply deliverer for channel " + claim.channel());
            return true;
        }
        if (claim.unconfirmedSince() != null && alreadyThere(id, claim, deliverer.get())) {
            return true;
        }
        try {
            attempts.delivered(id, deliverer.get().deliver(claim.reply()));
        } catch (RetryableDeliveryException e) {
            // a 429 with Retry-After was refused before posting; timeouts and 5xx may have posted
            attempts.failed(id, e.getMessage(), e.retryAfter().orElse(null), e.retryAfter().isEmpty());
        } catch (PermanentDeliveryException e) {
            attempts.dead(id, e.getMessage());
        } catch (CircuitBreakerOpenException | BulkheadException e) {
            // refused on our side before any call (the channel failed repeatedly a moment ago, or too many calls are
            // in flight): nothing was sent, so this is no attempt; try again once the breaker lets calls through
            attempts.deferred(id, claim.unconfirmedSince(), e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            // timeouts and unexpected client errors: the channel may recover
            attempts.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), null, true);
        }
        return true;
    }

    /** @return true when the reply was found in the channel (recorded as delivered) or the channel could not be asked */
    private boolean alreadyThere(long id, OutboxAttempts.Claim claim, ReplyDeliverer deliverer) {
        try {
            Optional<String> found = deliverer.findDelivered(claim.reply(), claim.unconfirmedSince());
            if (found.isPresent()) {
                LOG.info(() -> "Outbox entry " + id + " (" + claim.channel() + ") was delivered by an earlier attempt"
                        + " whose outcome was unknown; recorded, not sent again");
                attempts.delivered(id, found.get());
                return true;
            }
            return false;
        } catch (RetryableDeliveryException e) {
            attempts.failed(id, "could not check whether an earlier attempt arrived: " + e.getMessage(),
                    e.retryAfter().orElse(null), true);
            return true;
        } catch (CircuitBreakerOpenException | BulkheadException e) {
            // the check itself was refused on our side: nothing was asked, so this is no attempt either
            attempts.deferred(id, claim.unconfirmedSince(), e.getClass().getSimpleName());
            return true;
        } catch (RuntimeException e) {
            attempts.failed(id, "could not check whether an earlier attempt arrived: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage(), null, true);
            return true;
        }
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
