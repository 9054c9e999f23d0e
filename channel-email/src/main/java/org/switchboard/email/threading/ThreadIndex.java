package org.switchboard.email.threading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Port: which conversation a Message-ID belongs to, and the ticket facts threading needs (table
 * {@code email_message_ids}; tickets and identities of the core). Implemented by {@link JpaThreadIndex}.
 */
public interface ThreadIndex {

    /**
     * @param messageIds canonical Message-IDs, most specific first
     * @return the conversation key of the first id that is known, if any
     */
    Optional<String> firstKnown(List<String> messageIds);

    /**
     * @param messageIds canonical Message-IDs
     * @return whether one of them is the id of a message we sent ({@link LinkDirection#OUTBOUND}); a delivery report
     *         marks an address undeliverable only then (issue 19)
     */
    boolean sentByUs(List<String> messageIds);

    /**
     * Records an id for a conversation unless the id is known already (a known id is never re-pointed).
     *
     * @param messageId       canonical Message-ID, at most 255 characters
     * @param conversationKey the conversation key
     * @param direction       how the id was seen
     * @param at              when
     */
    void link(String messageId, String conversationKey, LinkDirection direction, Instant at);

    /**
     * Records an inbound message's own id with its sender, unless the id is known already.
     *
     * @param messageId       canonical Message-ID, at most 255 characters
     * @param conversationKey the conversation key
     * @param sender          the From address, lower case, at most 255 characters; null when the message has none
     * @param at              when
     */
    void linkInbound(String messageId, String conversationKey, String sender, Instant at);

    /**
     * @param conversationKey an email conversation key
     * @return the From addresses of the conversation's inbound messages, lower case; empty when none is recorded
     *         (a conversation threaded before senders were recorded)
     */
    Set<String> inboundSenders(String conversationKey);

    /**
     * The Message-ID of the reply for an outbox entry: the one recorded on an earlier attempt, else {@code fresh}
     * recorded now. Committed before the caller sends, so every retry of the entry reuses the id and a reply to any
     * copy threads.
     *
     * @param outboxId        the outbox entry
     * @param conversationKey its conversation
     * @param fresh           makes a new id when there is none yet
     * @param at              when
     * @return the id to send with
     */
    String outboundMessageId(long outboxId, String conversationKey, Supplier<String> fresh, Instant at);

    /**
     * The email conversation of a ticket, if the ticket's customer has the sender's address as an email identity
     * (so a number typed into a subject cannot join someone else's conversation).
     *
     * @param ticket the ticket number from {@code [#1234]}
     * @param sender the sender address, lower case
     * @return the conversation key
     */
    Optional<String> conversationOfTicket(long ticket, String sender);

    /**
     * @param conversationKey an email conversation key
     * @return the newest ticket opened from that conversation
     */
    OptionalLong latestTicket(String conversationKey);
}
