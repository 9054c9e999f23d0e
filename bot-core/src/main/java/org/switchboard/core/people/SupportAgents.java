package org.switchboard.core.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.SenderIdentity;

/**
 * The support agents: kept by admins (each change audited with who made it), read by the sign-in and by the turn that
 * must tell a support agent's chat message from a customer's.
 */
@ApplicationScoped
public class SupportAgents {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** @return every support agent, by user name */
    @Transactional
    public List<SupportAgent> list() {
        return em.createQuery("select a from SupportAgent a order by a.userName", SupportAgent.class).getResultList();
    }

    /**
     * @param userName a console user name
     * @return that person, if configured
     */
    @Transactional
    public Optional<SupportAgent> find(String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from SupportAgent a where a.userName = :u", SupportAgent.class)
                .setParameter("u", userName).getResultStream().findFirst();
    }

    /**
     * Creates or replaces a support agent.
     *
     * @param spec         the checked description
     * @param passwordHash a new password's hash ({@code Pbkdf2PasswordHash} format), or null to keep the current one
     *                     (a new person without one cannot sign in)
     * @param actor        who changes it (audited)
     * @return the stored person
     * @throws jakarta.persistence.PersistenceException when a channel id already belongs to another person
     */
    @Transactional
    public SupportAgent save(SupportAgentSpec spec, String passwordHash, String actor) {
        Optional<SupportAgent> existing = find(spec.userName());
        SupportAgent agent = existing.orElseGet(() -> new SupportAgent(spec, clock.instant()));
        agent.update(spec, clock.instant());
        if (passwordHash != null) {
            agent.setPasswordHash(passwordHash, clock.instant());
        }
        if (existing.isEmpty()) {
            em.persist(agent);
        }
        em.flush();
        audit.record(actor, existing.isEmpty() ? "people.created" : "people.updated", "person:" + spec.userName(),
                "role " + spec.role().name().toLowerCase(Locale.ROOT) + ", " + spec.slackUserIds().size() + " Slack, "
                        + spec.teamsAadObjectIds().size() + " Teams, " + spec.emailAddresses().size() + " email ids"
                        + (passwordHash != null ? ", password set" : ""));
        return agent;
    }

    /**
     * @param userName the person to remove
     * @param actor    who removes them (audited)
     * @return whether there was such a person
     */
    @Transactional
    public boolean delete(String userName, String actor) {
        Optional<SupportAgent> agent = find(userName);
        agent.ifPresent(a -> {
            em.remove(a);
            audit.record(actor, "people.deleted", "person:" + userName, null);
        });
        return agent.isPresent();
    }

    /**
     * The support agent behind a message's sender, as the channel authenticated it.
     *
     * @param channel the channel the message came through
     * @param sender  its sender
     * @return the person, when the channel's id for the sender is one of a support agent's ({@link #channelId})
     */
    @Transactional
    public Optional<SupportAgent> bySender(Channel channel, SenderIdentity sender) {
        return channelId(channel, sender).flatMap(id -> em.createQuery("select a from SupportAgent a join a.identities i"
                        + " where i.channel = :c and i.externalId = :id", SupportAgent.class)
                .setParameter("c", channel).setParameter("id", id).getResultStream().findFirst());
    }

    /**
     * The id a support agent is configured with, from a sender as a channel names it: Slack's {@code team:user} gives
     * the user id, Teams' {@code tenant:aadObjectId} the object id (lower case). Email gives none: a person answers
     * email from the console, and an email sender is not authenticated the way a chat user is.
     *
     * @param channel the channel
     * @param sender  the sender
     * @return the id to look up, or empty when the channel has none for people
     */
    public static Optional<String> channelId(Channel channel, SenderIdentity sender) {
        if (channel == Channel.EMAIL || !sender.verified()) {
            return Optional.empty();
        }
        String id = sender.externalId();
        int colon = id.indexOf(':');
        String user = colon < 0 ? id : id.substring(colon + 1);
        if (user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(channel == Channel.TEAMS ? user.toLowerCase(Locale.ROOT) : user);
    }
}
