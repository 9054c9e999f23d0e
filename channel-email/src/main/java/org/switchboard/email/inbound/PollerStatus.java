package org.switchboard.email.inbound;

/**
 * A snapshot of a {@link MailboxPoller}, for logs, health and tests.
 *
 * @param holdingLease whether this server holds the mailbox lease
 * @param connected    whether the IMAP folder is open
 * @param idle         whether the server supports IDLE and the poller uses it; null before the first connect
 * @param cycles       poll cycles run
 * @param stored       messages stored for the first time
 * @param duplicates   messages that were stored already (fetched again after a crash or a lost \Seen)
 * @param failures     consecutive failed cycles (0 when the last one worked)
 * @param lastError    the last cycle error, or null
 */
public record PollerStatus(boolean holdingLease, boolean connected, Boolean idle, long cycles, long stored,
                           long duplicates, int failures, String lastError) {
}
