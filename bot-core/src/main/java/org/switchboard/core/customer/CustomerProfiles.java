package org.switchboard.core.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.ticket.TicketStatus;

/**
 * Reads a customer's own profile: the {@code customers} row, the customer's {@code channel_identities}, and how
 * many conversations and open tickets they have. Read-only; joins the caller's transaction when there is one.
 * Callers pass the verified customer of the conversation ({@code ToolContext.customerId()}), never an id a
 * user typed.
 */
@ApplicationScoped
public class CustomerProfiles {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * @param customer the verified customer
     * @return the profile, or empty when there is no such customer
     */
    public Optional<CustomerProfile> find(CustomerId customer) {
        Customer found = em.find(Customer.class, customer.value());
        if (found == null) {
            return Optional.empty();
        }
        List<CustomerProfile.Identity> identities = em.createQuery(
                        "select i from ChannelIdentity i where i.customerId = :c order by i.createdAt, i.id",
                        ChannelIdentity.class)
                .setParameter("c", customer.value())
                .getResultList().stream()
                .map(i -> new CustomerProfile.Identity(i.getChannel(), i.getExternalId(), i.getCreatedAt()))
                .toList();
        long conversations = em.createQuery("select count(c) from Conversation c where c.customerId = :c", Long.class)
                .setParameter("c", customer.value()).getSingleResult();
        long openTickets = em.createQuery(
                        "select count(t) from Ticket t where t.customerId = :c and t.status <> :closed", Long.class)
                .setParameter("c", customer.value()).setParameter("closed", TicketStatus.CLOSED).getSingleResult();
        return Optional.of(new CustomerProfile(customer.value(), found.getDisplayName(), found.getCreatedAt(),
                identities, conversations, openTickets));
    }
}
