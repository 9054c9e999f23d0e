package org.switchboard.email.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Loop protection by counting (OTRS {@code LoopProtection}, RFC 3834 section 2 "responders ... SHOULD NOT send
 * more than one response per period"): a sender gets at most one automatic reply per conversation within
 * {@code period}, and at most {@code dailyCap} automatic replies in any 24 hours. Past either limit the message is
 * stored, flagged for a human and not answered, so a mail robot that slipped through the header rules (an
 * auto-responder without headers, a misconfigured script) meets silence after one reply.
 *
 * <p>Decisions are recorded per Message-ID: a message fetched twice is counted once and keeps its decision.
 * Check-then-record is not atomic; the poller's lease makes it single-threaded per mailbox.
 */
public final class ReplyRateLimiter {

    private final ReplyLedger ledger;
    private final Duration period;
    private final int dailyCap;

    /**
     * @param ledger   the record of cleared messages
     * @param period   at most one reply per sender and conversation within this, positive
     * @param dailyCap at most this many replies per sender in 24 hours, positive
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
     * Decides, and records the message when it is allowed.
     *
     * @param messageId       the inbound message's canonical Message-ID
     * @param address         its sender, lower case
     * @param conversationKey its conversation
     * @param now             the time
     * @return the decision
     */
    public RateDecision check(String messageId, String address, String conversationKey, Instant now) {
        if (ledger.granted(messageId)) {
            return RateDecision.ALLOWED;
        }
        if (ledger.countForConversation(address, conversationKey, now.minus(period)) >= 1) {
            return RateDecision.refused("rate limit: " + address + " already got an automatic reply in this "
                    + "conversation within " + period.toSeconds() + " s; flagged for a human");
        }
        long today = ledger.countForAddress(address, now.minus(Duration.ofDays(1)));
        if (today >= dailyCap) {
            return RateDecision.refused("rate limit: " + address + " got " + today + " automatic replies in 24 h "
                    + "(cap " + dailyCap + "); flagged for a human");
        }
        ledger.grant(messageId, address, conversationKey, now);
        return RateDecision.ALLOWED;
    }
}
