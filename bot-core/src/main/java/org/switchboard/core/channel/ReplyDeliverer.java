package org.switchboard.core.channel;

/**
 * Port a channel adapter implements to send replies (Slack {@code chat.postMessage}, Bot Connector, SMTP).
 * The outbox calls it, outside any request thread, and owns the long-term retry schedule: an implementation
 * does its own short in-call retries (MicroProfile Fault Tolerance) and then reports what happened.
 */
public interface ReplyDeliverer {

    /** @return the channel this deliverer serves */
    Channel channel();

    /**
     * Delivers one reply.
     *
     * @param reply the reply
     * @return the channel's id for the delivered message (Slack {@code ts}), or null when it has none
     * @throws RetryableDeliveryException when the channel may accept it later (timeout, 5xx, 429); its
     *                                    {@link RetryableDeliveryException#retryAfter()} says when, if known
     * @throws PermanentDeliveryException when retrying cannot help (channel not found, not authorized)
     */
    String deliver(OutboundReply reply) throws RetryableDeliveryException, PermanentDeliveryException;

    /**
     * Tells whether a reply whose earlier attempt had an unknown outcome (the process died during the call, or the
     * call timed out) is already in the conversation, so the outbox does not send it twice. A channel that cannot
     * tell keeps the default, and the reply is sent again (at-least-once for that channel).
     *
     * @param reply the reply (its {@link OutboundReply#outboxId()} identifies it)
     * @param since when the first unconfirmed attempt started; the reply cannot be older
     * @return the channel's id of the delivered message when it is there, empty when it is not (or cannot be known)
     * @throws RetryableDeliveryException when the channel cannot be asked now; the outbox asks again later and
     *                                    sends nothing meanwhile
     */
    default java.util.Optional<String> findDelivered(OutboundReply reply, java.time.Instant since)
            throws RetryableDeliveryException {
        return java.util.Optional.empty();
    }
}
