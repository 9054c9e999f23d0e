/**
 * The outbox (table {@code outbox_entries}): replies are written here in the same transaction as the turn
 * that produced them, then delivered by {@link org.switchboard.core.outbox.OutboxDispatcher} through the
 * channel's {@link org.switchboard.core.channel.ReplyDeliverer}, retried with backoff and the channel's
 * {@code Retry-After} until delivered or dead-lettered. The unique key on {@code inbox_entry_id} guarantees at
 * most one reply per inbound message. Restart-safe: undelivered entries are picked up again at start-up. Each attempt
 * is claimed and recorded in short transactions of its own ({@link org.switchboard.core.outbox.OutboxAttempts}); an
 * attempt whose outcome is unknown (crash, timeout) is checked with the channel before the reply is sent again.
 */
package org.switchboard.core.outbox;
