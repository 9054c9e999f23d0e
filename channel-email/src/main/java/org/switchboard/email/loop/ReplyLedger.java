package org.switchboard.email.loop;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the record of inbound messages cleared for an automatic reply (table {@code email_auto_replies}),
 * which the {@link ReplyRateLimiter} counts. Implemented by {@link JpaReplyLedger}.
 *
 * <p>Each row's time is the reply's <em>send slot</em>: the instant it may leave. For a reply allowed at once that
 * is the time of the decision; for a deferred reply it lies in the future. Counts therefore include replies that
 * are promised but not sent yet, so a burst of mail cannot book two slots inside one period.
 */
public interface ReplyLedger {

    /**
     * @param messageId an inbound message's canonical Message-ID
     * @return whether it was cleared before (it is being fetched again)
     */
    boolean granted(String messageId);

    /**
     * @param messageId an inbound message's canonical Message-ID
     * @return its send slot when it was cleared before, empty otherwise
     */
    Optional<Instant> slotOf(String messageId);

    /**
     * @param address a sender, lower case
     * @return the latest send slot booked for that sender in any conversation (possibly in the future), if any
     */
    Optional<Instant> latestSlot(String address);

    /**
     * @param address         a sender, lower case
     * @param conversationKey a conversation
     * @param since           start of the window, exclusive
     * @return how many messages of that sender in that conversation have a send slot after {@code since}
     */
    long countForConversation(String address, String conversationKey, Instant since);

    /**
     * @param address a sender, lower case
     * @param since   start of the window, exclusive
     * @return how many messages of that sender have a send slot after {@code since}, in any conversation
     */
    long countForAddress(String address, Instant since);

    /**
     * Records a cleared message (no-op when it is recorded already).
     *
     * @param messageId       the message's canonical Message-ID
     * @param address         its sender, lower case
     * @param conversationKey its conversation
     * @param slot            when its reply may leave (now, or later when deferred)
     */
    void grant(String messageId, String address, String conversationKey, Instant slot);
}
