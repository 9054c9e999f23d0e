/**
 * Email out: {@link org.switchboard.email.outbound.EmailReplyDeliverer}, the core outbox's
 * {@code ReplyDeliverer} for {@code Channel.EMAIL}, composes threaded RFC 3834-marked replies
 * ({@link org.switchboard.email.outbound.ReplyComposer}) and sends them through an explicit SMTP session
 * ({@link org.switchboard.email.outbound.SmtpSender}, MicroProfile Fault Tolerance: timeout, retry on 4xx and
 * connection failures, circuit breaker; 5xx is permanent, {@link org.switchboard.email.outbound.SmtpErrors}).
 * Exactly-once towards the customer rests on the outbox (one in-flight attempt per entry) and on a Message-ID that
 * is the same for every attempt. No IMAP code here.
 */
package org.switchboard.email.outbound;
