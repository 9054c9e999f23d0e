package org.switchboard.email.inbound;

import java.time.Duration;

/**
 * Port: the database lease that lets only one server poll a mailbox at a time (table {@code email_poller_leases}).
 * Implemented by {@link JpaMailboxLease}, in database time so servers with skewed clocks agree.
 */
public interface MailboxLease {

    /**
     * Takes the lease when it is free or expired, or renews it when {@code holder} has it.
     *
     * @param mailbox the mailbox name (at most 100 characters)
     * @param holder  this server's id
     * @param ttl     how long the lease lasts from now, positive
     * @return whether {@code holder} holds the lease now
     */
    boolean acquire(String mailbox, String holder, Duration ttl);

    /**
     * Gives the lease up, if {@code holder} has it, so another server can take over at once.
     *
     * @param mailbox the mailbox name
     * @param holder  this server's id
     */
    void release(String mailbox, String holder);
}
