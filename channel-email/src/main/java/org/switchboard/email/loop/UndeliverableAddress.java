package org.switchboard.email.loop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An address a delivery status notification reported as failed for good (table {@code email_undeliverable});
 * upserted with SQL by {@link JpaBounceRegistry}, read with JPA.
 */
@Entity
@Table(name = "email_undeliverable")
public class UndeliverableAddress {

    @Id
    @Column(nullable = false)
    private String address;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "bounce_count", nullable = false)
    private int bounceCount;

    @Column(name = "last_message_id")
    private String lastMessageId;

    @Column(name = "first_bounced_at", nullable = false)
    private Instant firstBouncedAt;

    @Column(name = "last_bounced_at", nullable = false)
    private Instant lastBouncedAt;

    /** For JPA. */
    protected UndeliverableAddress() {
        // JPA
    }

    /** @return the address, lower case */
    public String getAddress() {
        return address;
    }

    /** @return what the latest report said */
    public String getReason() {
        return reason;
    }

    /** @return how many bounces were seen */
    public int getBounceCount() {
        return bounceCount;
    }

    /** @return the latest bounce's Message-ID, or null */
    public String getLastMessageId() {
        return lastMessageId;
    }

    /** @return when the first bounce came */
    public Instant getFirstBouncedAt() {
        return firstBouncedAt;
    }

    /** @return when the latest bounce came */
    public Instant getLastBouncedAt() {
        return lastBouncedAt;
    }
}
