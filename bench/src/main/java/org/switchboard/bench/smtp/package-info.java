/**
 * A fault-injecting SMTP server for tests of the email channel's outbound replies.
 *
 * <ul>
 *   <li>{@link org.switchboard.bench.smtp.SmtpStandIn} — a real SMTP server (RFC 5321, SubEtha SMTP) on the loopback
 *       interface that captures every message it accepts as a {@link org.switchboard.bench.smtp.CapturedMail} and can
 *       answer a share of the mail transactions with a storm of {@link org.switchboard.bench.smtp.SmtpFault}s: 4xx
 *       refusals at {@code MAIL FROM}, {@code RCPT TO} or after the message data, and late answers.</li>
 * </ul>
 *
 * <p>It lives in the bench, next to the Slack and Bot Framework stand-ins, because it is a protocol peer of the bot
 * like them (a load or replay tool can point the bot at it as well as a test can). GreenMail, the project's other
 * SMTP server ({@link org.switchboard.bench.emailreplay.LocalMailServer}), accepts everything and cannot refuse or be
 * slow. Nothing here logs a message's content.
 */
package org.switchboard.bench.smtp;
