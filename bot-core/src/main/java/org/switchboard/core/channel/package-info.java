/**
 * The channel-neutral message model and the ports channel adapters implement.
 *
 * <p>Inbound: an adapter (Slack, Teams, email) verifies a request, builds one
 * {@link org.switchboard.core.channel.InboundMessage} and hands it to
 * {@link org.switchboard.core.inbox.InboxService#accept}. Outbound: an adapter implements
 * {@link org.switchboard.core.channel.ReplyDeliverer}, which the outbox calls with an
 * {@link org.switchboard.core.channel.OutboundReply}. Ids from channels are value objects
 * ({@link org.switchboard.core.channel.ExternalMessageId}). No Slack, Teams or mail classes may be imported here.
 */
package org.switchboard.core.channel;
