package org.switchboard.plugins.retail;

import java.util.Optional;
import org.switchboard.core.customer.CustomerId;

/**
 * The port that links a verified Switchboard customer to a retail user. The production implementation,
 * {@link org.switchboard.plugins.retail.jpa.EmailRetailCustomerLinks}, links by the customer's verified email
 * address (the external id of their {@code EMAIL} channel identity) to the retail user with that email.
 */
@FunctionalInterface
public interface RetailCustomerLinks {

    /**
     * @param customer the verified customer of a conversation
     * @return the retail user id the customer may act as; empty when the customer is not linked
     */
    Optional<String> retailUserId(CustomerId customer);
}
