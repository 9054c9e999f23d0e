package org.switchboard.email.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The poller lease of one mailbox (table {@code email_poller_leases}); written with SQL by {@link JpaMailboxLease}. */
@Entity
@Table(name = "email_poller_leases")
public class MailboxLeaseRow {

    @Id
    @Column(nullable = false, length = 100)
    private String mailbox;

    @Column
    private String holder;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** For JPA. */
    protected MailboxLeaseRow() {
        // JPA
    }

    /** @return the mailbox name */
    public String getMailbox() {
        return mailbox;
    }

    /** @return the server holding (or last holding) the lease, or null */
    public String getHolder() {
        return holder;
    }

    /** @return when the lease ends (database time, UTC) */
    public Instant getExpiresAt() {
        return expiresAt;
    }
}
