package org.switchboard.email.loop;

import java.time.Instant;

/**
 * Port: the record of inbound messages cleared for an automatic reply (table {@code email_auto_replies}),
 * which the {@link ReplyRateLimiter} counts. Implemented by {@link JpaReplyLedger}.
 */
public interface ReplyLedger {

    /**
     * @param messageId an inbound message's canonical Message-ID
     * @return whether it was cleared before (it is being fetched again)
     */
    boolean granted(String messageId);

    /**
     * @param address         a sender, lower case
     * @param conversationKey a conversation
     * @param since           start of the window, exclusive
     * @return how many messages of that sender in that conversation were cleared after {@code since}
     */
    long countForConversation(String address, String conversationKey, Instant since);

    /**
     * @param address a sender, lower case
     * @param since   start of the window, exclusive
     * @return how many messages of that sender were cleared after {@code since}, in any conversation
     */
    long countForAddress(String address, Instant since);

    /**
     * Records a cleared message (no-op when it is recorded already).
     *
     * @param messageId       the message's canonical Message-ID
     * @param address         its sender, lower case
     * @param conversationKey its conversation
     * @param at              when
     */
    void grant(String messageId, String address, String conversationKey, Instant at);
}
