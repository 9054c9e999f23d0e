package org.switchboard.plugins.airline;

import java.util.Optional;
import org.switchboard.core.customer.CustomerId;

/**
 * The port that links a verified Switchboard customer to an airline user; in production
 * {@link org.switchboard.plugins.airline.jpa.EmailAirlineCustomerLinks} (by verified email address).
 */
@FunctionalInterface
public interface AirlineCustomerLinks {

    /**
     * @param customer the verified customer of a conversation
     * @return the airline user id the customer may act as; empty when the customer is not linked
     */
    Optional<String> airlineUserId(CustomerId customer);
}
