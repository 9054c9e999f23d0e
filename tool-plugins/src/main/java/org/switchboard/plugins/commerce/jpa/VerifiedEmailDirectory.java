package org.switchboard.plugins.commerce.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.SenderIdentity;
import org.switchboard.core.customer.CustomerId;

/**
 * The email addresses a customer is verified for: the external ids of the customer's {@code EMAIL} channel
 * identities (the mail channel records the verified sender address there), oldest first. A customer known only
 * from Slack or Teams has none, so the commerce plugins link them to no user and show them no order or
 * reservation. An address the mail channel could not authenticate is stored as
 * {@code unverified:<address>} ({@link SenderIdentity#unverified(String, String)}) and is never returned here.
 */
@ApplicationScoped
@Transactional
public class VerifiedEmailDirectory {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * @param customer a verified customer
     * @return the customer's verified email addresses, trimmed, oldest identity first; possibly empty (never an
     *         unauthenticated sender's claimed address)
     */
    public List<String> emailsOf(CustomerId customer) {
        return em.createQuery("select i.externalId from ChannelIdentity i "
                        + "where i.customerId = :customer and i.channel = :channel order by i.createdAt, i.id", String.class)
                .setParameter("customer", customer.value())
                .setParameter("channel", Channel.EMAIL)
                .getResultList().stream().map(String::strip)
                .filter(id -> !id.startsWith(SenderIdentity.UNVERIFIED_PREFIX)).toList();
    }
}
