package org.switchboard.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationService;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.outbox.OutboxEntry;
import org.switchboard.core.outbox.OutboxService;

/**
 * Sends a customer a message through one of the channels they have written in. The address is the stored
 * {@link org.switchboard.core.channel.ConversationRef} of the customer's most recently active conversation in
 * that channel, so the channel's own deliverer (Slack {@code chat.postMessage} into the thread, an email reply in
 * the thread, ...) delivers it through the outbox, with its retries. The message is also added to that
 * conversation's transcript and audited ({@code customer.notified}).
 */
@ApplicationScoped
public class CustomerNotifications {

    private static final String LATEST = "select c from Conversation c where c.customerId = :c and c.channel = :ch"
            + " order by c.updatedAt desc, c.id desc";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    OutboxService outbox;

    @Inject
    ConversationService conversations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Queues a message, in the caller's transaction.
     *
     * @param customer the verified customer
     * @param channel  the channel to write in
     * @param text     the message
     * @param author   who sends it, for the transcript and the audit trail (e.g. the agent's name)
     * @return where it goes
     * @throws UnreachableCustomerException if the customer has no conversation in that channel (nothing queued)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification send(CustomerId customer, Channel channel, String text, String author) {
        List<Conversation> latest = em.createQuery(LATEST, Conversation.class)
                .setParameter("c", customer.value()).setParameter("ch", channel).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            throw new UnreachableCustomerException(channel, reachableChannels(customer));
        }
        Conversation conversation = latest.get(0);
        Instant now = clock.instant();
        OutboxEntry entry = outbox.enqueue(null, conversation.id().value(), conversation.conversationRef(), text);
        conversations.append(new ConversationMessage(conversation.id(), Math.max(1, conversation.getTurnCount()),
                MessageRole.AGENT, author, null, text, null, now));
        audit.record(author, "customer.notified", "conversation:" + conversation.id().value(),
                "customer " + customer.value() + " via " + channel);
        return new Notification(conversation.id(), channel, entry.getId());
    }

    /**
     * @param customer the verified customer
     * @return the channels the customer has conversations in, in {@link Channel} order
     */
    public List<Channel> reachableChannels(CustomerId customer) {
        return em.createQuery("select distinct c.channel from Conversation c where c.customerId = :c", Channel.class)
                .setParameter("c", customer.value()).getResultList().stream().sorted().toList();
    }
}
