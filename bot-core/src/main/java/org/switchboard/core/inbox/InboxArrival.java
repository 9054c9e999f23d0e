package org.switchboard.core.inbox;

import org.switchboard.core.channel.Channel;

/**
 * CDI event fired after a new inbox entry committed, so the worker can start without waiting for its poll.
 *
 * @param channel         the entry's channel
 * @param conversationKey the entry's conversation key
 */
public record InboxArrival(Channel channel, String conversationKey) {
}
