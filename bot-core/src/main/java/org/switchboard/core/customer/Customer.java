package org.switchboard.core.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer (table {@code customers}). */
@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {
        // JPA
    }

    /**
     * @param displayName a name to show, or null
     * @param createdAt   when first seen
     */
    public Customer(String displayName, Instant createdAt) {
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    /** @return the id as a value; only after persist */
    public CustomerId id() {
        return new CustomerId(id);
    }

    /** @return the display name, or null */
    public String getDisplayName() {
        return displayName;
    }

    /** @return when first seen */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
