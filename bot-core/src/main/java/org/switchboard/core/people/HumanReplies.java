package org.switchboard.core.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.ReplyAuthor;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationControl;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationStatus;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.conversation.HumanActor;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.guard.OutputGuard;
import org.switchboard.core.outbox.OutboxEntry;
import org.switchboard.core.outbox.OutboxService;

/**
 * What a person writes in a conversation:
 * <ul>
 *   <li>a <b>reply</b> from the console, to a conversation that waits for a person or was handed to one: it is
 *       checked by the output guard, stored as a {@link MessageRole#HUMAN} line with the person's name and queued in
 *       the outbox on the customer's channel in the same transaction (so it is delivered exactly as the bot's replies
 *       are: Slack thread, Teams conversation, email threaded with {@code In-Reply-To}/{@code References} and the
 *       ticket tag), naming the person as its {@link ReplyAuthor} so channels show them and do not mark it as an
 *       automatic response. A conversation still waiting is taken over by the person first;</li>
 *   <li>an internal <b>note</b> ({@link MessageRole#NOTE}): stored, never sent, never shown to the bot's agents;</li>
 *   <li>a <b>chat message</b> a support agent wrote in the customer's Slack thread or Teams conversation: stored as
 *       theirs (nothing is sent: the customer already sees it), and the conversation is taken over by them when
 *       nobody had it.</li>
 * </ul>
 * Each is audited with the person's user name ({@code conversation.reply}, {@code conversation.note},
 * {@code conversation.chat-reply}); the audit holds lengths, never the text.
 */
@ApplicationScoped
public class HumanReplies {

    /** The longest reply or note accepted, in characters. */
    public static final int MAX_TEXT = 4000;

    private static final OutputGuard OUTPUT_GUARD = new OutputGuard();
    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    ConversationControl control;

    @Inject
    OutboxService outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * As {@link #reply(long, HumanActor, String, String)} without an idempotency key.
     *
     * @param conversationId the conversation
     * @param actor          who replies
     * @param text           the reply
     * @return the transcript line and outbox entry
     */
    @Transactional
    public Sent reply(long conversationId, HumanActor actor, String text) {
        return reply(conversationId, actor, text, null);
    }

    /**
     * Sends a person's reply to the customer. With a request key, sending the same key again in the same conversation
     * (a retried request) queues nothing and answers the first reply's ids.
     *
     * @param conversationId the conversation
     * @param actor          who replies
     * @param text           the reply, 1 to {@value #MAX_TEXT} characters (plain text)
     * @param requestKey     an idempotency key chosen by the caller, 1 to 64 of {@code A-Z a-z 0-9 - _ .}, or null
     * @return the transcript line and the queued outbox entry (delivered by the outbox dispatcher)
     * @throws IllegalArgumentException when the text is blank or too long, or the key not of its shape
     * @throws org.switchboard.core.conversation.UnknownConversationException when there is no such conversation
     * @throws IllegalStateException    when the conversation is neither waiting for a person nor handed to one
     */
    @Transactional
    public Sent reply(long conversationId, HumanActor actor, String text, String requestKey) {
        String checked = OUTPUT_GUARD.check(checkedText(text, "reply"));
        if (requestKey != null && !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new IllegalArgumentException("requestKey must be 1 to 64 of A-Z a-z 0-9 - _ .");
        }
        Conversation conversation = control.lock(conversationId);
        if (requestKey != null) {
            java.util.Optional<ConversationMessage> earlier = em.createQuery("select m from ConversationMessage m"
                            + " where m.conversationId = :c and m.requestKey = :k", ConversationMessage.class)
                    .setParameter("c", conversationId).setParameter("k", requestKey).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return new Sent(earlier.get().getId(), earlier.get().getOutboxEntryId(), false);
            }
        }
        if (conversation.getStatus() == ConversationStatus.WAITING_FOR_HUMAN) {
            control.apply(conversation, ConversationTransition.TAKE_OVER, actor, "replied from the console");
        } else if (conversation.getStatus() != ConversationStatus.HANDED_OFF) {
            throw new IllegalStateException("cannot reply to a conversation that is " + conversation.getStatus()
                    + "; take it over first");
        }
        if (conversation.getAssignee() == null) {
            conversation.assignTo(actor.userName());
        }
        OutboxEntry queued = outbox.enqueue(null, conversationId,
                new ReplyAuthor(actor.userName(), actor.displayName()).stamp(conversation.conversationRef()), checked);
        ConversationMessage line = line(conversation, MessageRole.HUMAN, actor, checked, null,
                m -> m.withDelivery(queued.getId(), requestKey));
        audit.record(actor.userName(), "conversation.reply", "conversation:" + conversationId,
                checked.length() + " characters queued as outbox entry " + queued.getId());
        return new Sent(line.getId(), queued.getId(), true);
    }

    /**
     * Stores an internal note; nothing is sent.
     *
     * @param conversationId the conversation (any status)
     * @param actor          who writes it
     * @param text           the note, 1 to {@value #MAX_TEXT} characters
     * @return the transcript line's id
     * @throws IllegalArgumentException when the text is blank or too long
     * @throws org.switchboard.core.conversation.UnknownConversationException when there is no such conversation
     */
    @Transactional
    public long note(long conversationId, HumanActor actor, String text) {
        String checked = checkedText(text, "note");
        Conversation conversation = control.lock(conversationId);
        ConversationMessage line = line(conversation, MessageRole.NOTE, actor, checked, null, m -> m);
        audit.record(actor.userName(), "conversation.note", "conversation:" + conversationId,
                checked.length() + " characters");
        return line.getId();
    }

    /**
     * Records what a support agent wrote in the customer's chat thread, in the caller's transaction (the turn's,
     * which holds the conversation's lock). Takes the conversation over for them when nobody had it (open or waiting);
     * one already handed to a colleague stays theirs.
     *
     * @param conversation the locked conversation
     * @param agent        the person, as their channel authenticated them
     * @param text         what they wrote, as stored in the inbox
     * @param inboxEntryId the inbound message
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chatMessage(Conversation conversation, SupportAgent agent, String text, long inboxEntryId) {
        HumanActor actor = new HumanActor(agent.getUserName(), agent.getDisplayName());
        ConversationStatus status = conversation.getStatus();
        if (status == ConversationStatus.OPEN || status == ConversationStatus.WAITING_FOR_HUMAN) {
            control.apply(conversation, ConversationTransition.TAKE_OVER, actor, "wrote in the customer's chat");
        } else if (status == ConversationStatus.HANDED_OFF && conversation.getAssignee() == null) {
            conversation.assignTo(actor.userName());
        }
        line(conversation, MessageRole.HUMAN, actor, text, inboxEntryId, m -> m);
        audit.record(actor.userName(), "conversation.chat-reply", "conversation:" + conversation.id().value(),
                "inbox:" + inboxEntryId + ", " + text.length() + " characters");
    }

    private ConversationMessage line(Conversation conversation, MessageRole role, HumanActor actor, String text,
                                     Long inboxEntryId, UnaryOperator<ConversationMessage> marks) {
        Instant now = clock.instant();
        ConversationMessage line = marks.apply(new ConversationMessage(conversation.id(), conversation.getTurnCount(),
                role, actor.userName(), null, text, inboxEntryId, now).withAuthorName(actor.displayName()));
        em.persist(line);
        em.flush();
        return line;
    }

    private static String checkedText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the " + what + " is longer than " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    /**
     * A reply on its way.
     *
     * @param messageId its transcript line
     * @param outboxId  its outbox entry (delivered by the outbox dispatcher)
     * @param queued    true when this call queued it; false when an earlier request with the same key had
     */
    public record Sent(long messageId, long outboxId, boolean queued) {
    }
}
