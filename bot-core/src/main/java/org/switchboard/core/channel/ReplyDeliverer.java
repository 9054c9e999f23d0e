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
}
