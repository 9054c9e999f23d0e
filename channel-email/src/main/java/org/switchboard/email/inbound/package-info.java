/**
 * Email in: the IMAP poller ({@link org.switchboard.email.inbound.MailboxPoller}, IDLE or polling, one server per
 * mailbox through a database lease) and the processor that turns each fetched message into the core's
 * {@code InboundMessage} ({@link org.switchboard.email.inbound.InboundMailProcessor}: parse, loop guard, threading,
 * bounces, rate limits). A message is stored through the {@link org.switchboard.email.inbound.PolledMailSink} port
 * (the core inbox in production) before it is marked \Seen. A message over {@code MAIL_MAX_MESSAGE_BYTES} is read
 * without its attachments ({@code OversizedMailReader}: only the text parts are fetched). Started by
 * {@link org.switchboard.email.inbound.MailboxPollerService}; off when {@code MAIL_IMAP_HOST} is not set. No SMTP
 * code here.
 */
package org.switchboard.email.inbound;
