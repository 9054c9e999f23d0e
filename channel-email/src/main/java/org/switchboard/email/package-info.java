/**
 * The email channel: a support mailbox answered by the same agent pipeline as Slack.
 *
 * <p>In ({@code inbound}): an IMAP poller stores each message in the core inbox, then marks it \Seen; MIME is
 * parsed by Jakarta Mail and jsoup ({@code mime}); automated mail is stored but not answered ({@code loop}: RFC 3834
 * loop guard, rate limits, bounces); replies join their conversation by Message-ID or ticket tag
 * ({@code threading}). Out ({@code outbound}): the outbox's reply deliverer for email sends threaded replies over
 * SMTP. {@code matrix} holds the suppression-matrix command; {@code config} the {@code MAIL_*} settings.
 *
 * <p>Jakarta Mail is bundled with the application (Angus Mail 2.0.5 and its DSN parser), not taken from Liberty's
 * {@code mail-2.1} feature: the poller needs Angus' IMAP classes ({@code IMAPFolder.idle}, {@code IMAPStore}
 * capabilities, MOVE), which that feature exposes only as third-party API (invisible to applications by default),
 * and mixing the container's API with a bundled implementation risks two copies of the same classes. Bundling also
 * makes the module's tests run exactly the code the server runs.
 *
 * <p>Rules: core contracts come from bot-core ({@code InboundMessage}, {@code ReplyDeliverer}, {@code InboxService},
 * {@code AuditLog}); nothing in bot-core depends on this module. Database access is confined to the {@code Jpa*}
 * adapters of the ports {@code ThreadIndex}, {@code ReplyLedger}, {@code BounceRegistry} and {@code MailboxLease}.
 */
package org.switchboard.email;
