package org.switchboard.plugins.retail.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.plugins.commerce.jpa.VerifiedEmailDirectory;
import org.switchboard.plugins.retail.RetailCustomerLinks;
import org.switchboard.plugins.retail.RetailStore;

/**
 * Links a verified customer to the retail user with the same email address
 * ({@link VerifiedEmailDirectory}: the customer's {@code EMAIL} channel identities). No verified address, or no
 * retail user with it: not linked, so the retail tools show the customer no user and no order. With several
 * addresses, the oldest identity that matches a user wins.
 */
@ApplicationScoped
public class EmailRetailCustomerLinks implements RetailCustomerLinks {

    @Inject
    VerifiedEmailDirectory emails;

    @Inject
    RetailStore store;

    @Override
    public Optional<String> retailUserId(CustomerId customer) {
        return emails.emailsOf(customer).stream()
                .map(store::findUserIdByEmail)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
