/**
 * Email out: {@link org.switchboard.email.outbound.EmailReplyDeliverer}, the core outbox's
 * {@code ReplyDeliverer} for {@code Channel.EMAIL}, composes threaded RFC 3834-marked replies
 * ({@link org.switchboard.email.outbound.ReplyComposer}) and sends them through an explicit SMTP session
 * ({@link org.switchboard.email.outbound.SmtpSender}, MicroProfile Fault Tolerance: timeout, retry on 4xx and
 * connection failures, circuit breaker; 5xx is permanent, {@link org.switchboard.email.outbound.SmtpErrors}).
 * Exactly-once towards the customer rests on the outbox (one in-flight attempt per entry) and on a Message-ID that
 * is the same for every attempt; except where SMTP cannot tell: when the server's answer to the end of the data is
 * lost (timeout, dropped connection), the message may have been accepted (RFC 1047), and the outbox's later attempt
 * may deliver a second copy with the same Message-ID (it is not resent within the call,
 * {@link org.switchboard.email.outbound.DataTrackingTransport}). No IMAP code here.
 */
package org.switchboard.email.outbound;
