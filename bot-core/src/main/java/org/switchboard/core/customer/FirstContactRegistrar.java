package org.switchboard.core.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.SenderIdentity;

/**
 * Registers a customer's first contact in a channel in a transaction of its own, so that two turns of a brand-new
 * customer running at the same instant (two messages sent together, two servers) end with one customer and one
 * identity, and neither turn fails.
 *
 * <p>The identity row is written with MariaDB's {@code INSERT IGNORE} on the unique key {@code uq_identity}
 * ({@code channel + external_id}): when another transaction holds or has committed the same key the insert waits
 * for it and then writes nothing, the customer row made for the attempt is removed, and the winner's customer is
 * returned. No duplicate-key error is raised, so the database driver and Hibernate never log one (such an error
 * quotes the key, which for email is the customer's address). The new rows are committed before the caller's turn
 * goes on; a turn that later rolls back leaves a customer with no messages, which the next contact reuses.
 */
@ApplicationScoped
public class FirstContactRegistrar {

    private static final String INSERT_IDENTITY_IF_ABSENT = "INSERT IGNORE INTO channel_identities"
            + " (customer_id, channel, external_id, display_name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * Creates the customer and the identity unless the identity exists by the time the insert runs.
     *
     * @param channel the channel the sender wrote in
     * @param sender  the verified sender; its external id is the identity key, its display name is stored
     * @param now     the instant stored as created-at
     * @return the id of the customer owning the identity: the one created here, or the one another transaction
     *         created first
     * @throws IllegalStateException when the identity can neither be inserted nor found afterwards (not expected:
     *                               it means the row was deleted in between)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CustomerId register(Channel channel, SenderIdentity sender, Instant now) {
        Customer customer = new Customer(sender.displayName(), now);
        em.persist(customer);
        em.flush();
        int inserted = em.createNativeQuery(INSERT_IDENTITY_IF_ABSENT)
                .setParameter(1, customer.id().value())
                .setParameter(2, channel.name())
                .setParameter(3, sender.externalId())
                .setParameter(4, sender.displayName())
                .setParameter(5, now)
                .executeUpdate();
        if (inserted == 1) {
            return customer.id();
        }
        em.remove(customer);
        List<ChannelIdentity> winner = CustomerDirectory.identities(em, channel, sender.externalId());
        if (winner.isEmpty()) {
            throw new IllegalStateException("identity in " + channel + " vanished while being registered");
        }
        return winner.get(0).customerId();
    }
}
