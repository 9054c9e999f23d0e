package org.switchboard.teams.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationService;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.teams.activity.TeamsActivity;

/**
 * Says hello when the bot is added to a Teams conversation, once per conversation: the conversation is opened for
 * the user who added the bot, the welcome is written to the transcript (turn 0, before any customer turn) and queued
 * in the outbox, all in one transaction. A conversation that already exists (a retried or repeated
 * {@code conversationUpdate}) gets nothing.
 */
@ApplicationScoped
public class TeamsWelcome {

    /** Transcript author of the welcome line. */
    public static final String AUTHOR = "welcome";

    /** The default welcome text ({@code TEAMS_WELCOME_TEXT} overrides it). */
    public static final String DEFAULT_TEXT = "Hello! I'm the support assistant. Ask me about your orders, cards,"
            + " payments or account, and I'll answer here or bring in a colleague.";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    ConversationService conversations;

    @Inject
    OutboxService outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "teams.welcome.text", defaultValue = DEFAULT_TEXT)
    String text;

    /**
     * @param added the normalized {@code conversationUpdate}
     * @return true when a welcome was queued; false when the conversation already existed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean welcome(TeamsActivity.BotAdded added) {
        long existing = em.createQuery("select count(c) from Conversation c where c.channel = :channel"
                        + " and c.externalKey = :key", Long.class)
                .setParameter("channel", added.conversation().channel())
                .setParameter("key", added.conversation().key())
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        CustomerId customer = customers.findOrCreate(added.conversation().channel(), added.installer());
        Conversation conversation = conversations.lockOrOpen(added.conversation(), customer);
        Instant now = clock.instant();
        conversations.append(new ConversationMessage(conversation.id(), 0, MessageRole.AGENT, AUTHOR, null, text,
                null, now));
        outbox.enqueue(null, conversation.id().value(), added.conversation(), text);
        return true;
    }
}
