package org.switchboard.core.customer;

/**
 * The database id of a {@link Customer}, as a value so it cannot be mixed up with other ids.
 *
 * @param value the primary key, positive
 */
public record CustomerId(long value) {
    /** @throws IllegalArgumentException if value is not positive */
    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("customer id must be positive: " + value);
        }
    }
}
