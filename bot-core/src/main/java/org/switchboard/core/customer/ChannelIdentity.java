package org.switchboard.core.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.switchboard.core.channel.Channel;

/**
 * One verified identity of a customer in one channel (table {@code channel_identities}, unique on
 * {@code channel + external_id}).
 */
@Entity
@Table(name = "channel_identities")
public class ChannelIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChannelIdentity() {
        // JPA
    }

    /**
     * @param customerId  the customer
     * @param channel     the channel
     * @param externalId  the channel's id for the person
     * @param displayName a name, or null
     * @param createdAt   when first seen
     */
    public ChannelIdentity(long customerId, Channel channel, String externalId, String displayName, Instant createdAt) {
        this.customerId = customerId;
        this.channel = channel;
        this.externalId = externalId;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    /** @return the customer this identity belongs to */
    public CustomerId customerId() {
        return new CustomerId(customerId);
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return the channel's id for the person */
    public String getExternalId() {
        return externalId;
    }

    /** @return when the identity was first seen */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
