package org.switchboard.email.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Loop protection by counting (RFC 3834 section 2: a responder "SHOULD NOT send more than one response per
 * period"; OTRS {@code LoopProtection}): at most one automatic reply per sender address (case-insensitive) per
 * {@code period}, across all of that sender's conversations, and at most {@code dailyCap} automatic replies per
 * address in any 24 hours.
 *
 * <p>What happens to a message the period limit holds back depends on where it belongs:
 * <ul>
 *   <li><b>the same conversation</b> as the sender's reply within the period: <em>refused</em>, stored and flagged
 *       for a human. An answer to our answer within minutes is the signature of a mail loop (an auto-responder
 *       that slipped through the header rules); replying to it, even later, would keep the loop going at one
 *       message per period.</li>
 *   <li><b>another conversation</b> (a new question): <em>deferred</em>. The reply is written as usual but may not
 *       leave before the sender's next free slot (the previous slot plus {@code period}); the email deliverer
 *       holds it in the outbox until then. A customer who sends two different questions in two minutes gets both
 *       answers, five minutes apart, instead of losing the second one to a human queue that may not look at it for
 *       hours. Support teams expect every genuine question answered; what they fear from a robot is volume, and
 *       volume stays bounded: one reply per period, still under the daily cap, and never more than
 *       {@link #MAX_DEFERRAL} ahead (further mail is refused and flagged).</li>
 * </ul>
 * Merging the second question into the first conversation was rejected: the two threads would share one reply,
 * the customer's mail client would show the answer to the second question in the first thread, and a ticket tag
 * could end up on the wrong conversation.
 *
 * <p>Decisions are recorded per Message-ID: a message fetched twice is counted once and keeps its decision
 * (allowed, or deferred to the same slot). Refusals are not recorded. Check-then-record is not atomic; the poller's
 * lease makes it single-threaded per mailbox.
 */
public final class ReplyRateLimiter {

    /** The longest a reply is deferred; mail that would wait longer is refused and flagged for a human. */
    public static final Duration MAX_DEFERRAL = Duration.ofHours(24);

    private static final Duration DAY = Duration.ofDays(1);

    private final ReplyLedger ledger;
    private final Duration period;
    private final int dailyCap;

    /**
     * @param ledger   the record of cleared messages
     * @param period   at most one reply per sender within this, positive
     * @param dailyCap at most this many replies per sender in 24 hours, positive
     * @throws IllegalArgumentException if period or dailyCap is not positive
     */
    public ReplyRateLimiter(ReplyLedger ledger, Duration period, int dailyCap) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        if (period.isNegative() || period.isZero() || dailyCap <= 0) {
            throw new IllegalArgumentException("period and daily cap must be positive");
        }
        this.period = period;
        this.dailyCap = dailyCap;
    }

    /**
     * Decides, and records the message when it is allowed or deferred.
     *
     * @param messageId       the inbound message's canonical Message-ID
     * @param address         its sender (compared case-insensitively)
     * @param conversationKey its conversation
     * @param now             the time
     * @return allowed now, deferred to a later instant, or refused with the reason
     */
    public RateDecision check(String messageId, String address, String conversationKey, Instant now) {
        String sender = address.toLowerCase(Locale.ROOT);
        Optional<Instant> earlier = ledger.slotOf(messageId);
        if (earlier.isPresent()) {
            return earlier.get().isAfter(now) ? deferral(sender, earlier.get()) : RateDecision.ALLOWED;
        }
        if (ledger.countForConversation(sender, conversationKey, now.minus(period)) >= 1) {
            return RateDecision.refused("rate limit: " + sender + " already got an automatic reply in this "
                    + "conversation within " + period.toSeconds() + " s (possible mail loop); flagged for a human");
        }
        Instant slot = ledger.latestSlot(sender)
                .map(latest -> latest.plus(period))
                .filter(next -> next.isAfter(now))
                .orElse(now);
        if (Duration.between(now, slot).compareTo(MAX_DEFERRAL) > 0) {
            return RateDecision.refused("rate limit: " + sender + " has automatic replies booked until " + slot
                    .minus(period) + "; flagged for a human");
        }
        long inDay = ledger.countForAddress(sender, slot.minus(DAY));
        if (inDay >= dailyCap) {
            return RateDecision.refused("rate limit: " + sender + " got " + inDay + " automatic replies in 24 h "
                    + "(cap " + dailyCap + "); flagged for a human");
        }
        ledger.grant(messageId, sender, conversationKey, slot);
        return slot.equals(now) ? RateDecision.ALLOWED : deferral(sender, slot);
    }

    private RateDecision deferral(String sender, Instant slot) {
        return RateDecision.deferred(slot, "rate limit: " + sender + " got an automatic reply in another "
                + "conversation within " + period.toSeconds() + " s; reply deferred until " + slot);
    }

    /** @return the period: at most one automatic reply per sender within it */
    public Duration period() {
        return period;
    }
}
