package org.switchboard.plugins.airline.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.plugins.airline.AirlineCustomerLinks;
import org.switchboard.plugins.airline.AirlineStore;
import org.switchboard.plugins.commerce.jpa.VerifiedEmailDirectory;

/**
 * Links a verified customer to the airline user with the same email address ({@link VerifiedEmailDirectory}).
 * No verified address, or no airline user with it: not linked, so the airline tools show no profile and no
 * reservation (flights and airports stay visible).
 */
@ApplicationScoped
public class EmailAirlineCustomerLinks implements AirlineCustomerLinks {

    @Inject
    VerifiedEmailDirectory emails;

    @Inject
    AirlineStore store;

    @Override
    public Optional<String> airlineUserId(CustomerId customer) {
        return emails.emailsOf(customer).stream()
                .map(store::findUserIdByEmail)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
