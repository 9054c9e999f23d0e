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
 * Looks up in the caller's transaction; a first contact is registered by {@link FirstContactRegistrar} in a
 * transaction of its own, so two first contacts of the same person at the same instant give one customer and
 * neither turn fails.
 */
@ApplicationScoped
public class CustomerDirectory {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FirstContactRegistrar registrar;

    /**
     * @param channel the channel the sender wrote in
     * @param sender  the verified sender
     * @return the customer's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustomerId findOrCreate(Channel channel, SenderIdentity sender) {
        List<ChannelIdentity> found = identities(em, channel, sender.externalId());
        if (!found.isEmpty()) {
            return found.get(0).customerId();
        }
        return registrar.register(channel, sender, clock.instant());
    }

    /**
     * @param channel the channel
     * @param sender  the sender
     * @return the customer with that identity, without creating one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<CustomerId> find(Channel channel, SenderIdentity sender) {
        return identities(em, channel, sender.externalId()).stream().findFirst().map(ChannelIdentity::customerId);
    }

    static List<ChannelIdentity> identities(EntityManager em, Channel channel, String externalId) {
        return em.createQuery(
                        "select i from ChannelIdentity i where i.channel = :channel and i.externalId = :externalId",
                        ChannelIdentity.class)
                .setParameter("channel", channel)
                .setParameter("externalId", externalId)
                .getResultList();
    }
}
