package org.switchboard.core.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.SenderIdentity;

/**
 * Finds the customer behind a verified channel identity, creating customer and identity on first contact.
 * Runs in the caller's transaction. Two first contacts of the same person at the same instant collide on the
 * unique identity key; the losing turn fails and is retried by the worker, which then finds the identity.
 */
@ApplicationScoped
public class CustomerDirectory {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param channel the channel the sender wrote in
     * @param sender  the verified sender
     * @return the customer's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustomerId findOrCreate(Channel channel, SenderIdentity sender) {
        List<ChannelIdentity> found = em.createQuery(
                        "select i from ChannelIdentity i where i.channel = :channel and i.externalId = :externalId",
                        ChannelIdentity.class)
                .setParameter("channel", channel)
                .setParameter("externalId", sender.externalId())
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0).customerId();
        }
        Customer customer = new Customer(sender.displayName(), clock.instant());
        em.persist(customer);
        em.flush();
        em.persist(new ChannelIdentity(customer.id().value(), channel, sender.externalId(), sender.displayName(),
                clock.instant()));
        return customer.id();
    }
}
