package org.switchboard.core.turn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.answer.CitationsJson;
import org.switchboard.core.answer.DecisionRecords;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.csat.CsatService;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationService;
import org.switchboard.core.conversation.ConversationStatus;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.guard.GuardVerdict;
import org.switchboard.core.guard.InputGuard;
import org.switchboard.core.guard.OutputGuard;
import org.switchboard.core.inbox.InboxEntry;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.people.HumanReplies;
import org.switchboard.core.people.SupportAgent;
import org.switchboard.core.people.SupportAgents;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.reply.ReplyContent;
import org.switchboard.core.review.ReviewService;
import org.switchboard.core.tool.ToolContext;

/**
 * Runs one turn in one transaction: lock the inbox entry ({@code FOR UPDATE SKIP LOCKED}), leave it for later while
 * an older entry of its conversation is pending (also one whose insert has not committed yet), find the customer,
 * lock or open the conversation, run the input guard and the active agent, apply handoffs and escalation
 * ({@link EscalationPolicy}), check the reply ({@link OutputGuard}: card numbers masked, internal ids removed),
 * write the transcript (with the help-center decision the reply rests on: kind, confidence, passages), keep the
 * options of a clarifying question with the conversation for the next turn, queue the reply in the outbox (or hold
 * a low-confidence knowledge answer for review, {@link ReviewService}) and mark the entry done.
 * Everything commits together, or nothing does. A message in a conversation that waits for (or was handed to) a
 * human is stored and audited but not answered; one in a closed conversation reopens it. A message a support agent
 * wrote in a customer's conversation is recorded as theirs and never answered ({@link HumanReplies}).
 *
 * <p>Each turn that ran is logged at {@code FINE} with its ids only (turn, conversation, inbox entry, channel), so
 * that with several servers on one database the server logs show which one ran each turn (Liberty:
 * {@code traceSpecification="...:org.switchboard.core.turn.TurnProcessor=fine"}, written to {@code trace.log}).
 */
@ApplicationScoped
public class TurnProcessor {

    private static final String PENDING = """
            SELECT i.id FROM inbox_entries i
            WHERE i.status = 'PENDING' AND i.next_attempt_at <= ?1
              AND NOT EXISTS (SELECT 1 FROM inbox_entries p
                              WHERE p.channel = i.channel AND p.conversation_key = i.conversation_key
                                AND p.status = 'PENDING' AND p.id < i.id)
            ORDER BY i.id LIMIT ?2
            """;
    private static final String LOCK = """
            SELECT * FROM inbox_entries WHERE id = ?1 AND status = 'PENDING' AND next_attempt_at <= ?2
            FOR UPDATE SKIP LOCKED
            """;
    /**
     * An older pending entry of the same conversation, read with a lock so that an entry whose insert has not
     * committed yet (stored first, its commit still on the way, on this server or another) is waited for rather than
     * overlooked: it would be invisible to {@link #PENDING}, which is a plain read.
     */
    private static final String OLDER_PENDING = """
            SELECT id FROM inbox_entries FORCE INDEX (ix_inbox_conversation)
            WHERE channel = ?1 AND conversation_key = ?2 AND status = 'PENDING' AND id < ?3
            LIMIT 1 LOCK IN SHARE MODE
            """;

    private static final OutputGuard OUTPUT_GUARD = new OutputGuard();
    private static final Logger LOG = Logs.logger(TurnProcessor.class);

    /** How many earlier customer/agent lines an agent sees. */
    static final int HISTORY_LINES = 20;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    ConversationService conversations;

    @Inject
    AgentDirectory agents;

    @Inject
    OutboxService outbox;

    @Inject
    EscalationPolicy escalation;

    @Inject
    CsatService csat;

    @Inject
    ReviewService reviews;

    @Inject
    AuditLog audit;

    @Inject
    SupportAgents people;

    @Inject
    HumanReplies humanReplies;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.input.max-chars", defaultValue = "1000")
    int maxChars;

    /**
     * Ids of entries whose turn may run now: pending, due, and the oldest pending entry of their conversation
     * (so turns of one conversation run in arrival order).
     *
     * @param limit at most this many
     * @return the ids, oldest first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> runnableIds(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(PENDING)
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Runs the turn of one inbox entry.
     *
     * @param inboxEntryId the entry
     * @return true when this call ran the turn; false when another worker holds the entry or it is not due
     * @throws RuntimeException when the turn fails; the transaction rolls back and the caller records the failure
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean process(long inboxEntryId) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<InboxEntry> locked = em.createNativeQuery(LOCK, InboxEntry.class)
                .setParameter(1, inboxEntryId)
                .setParameter(2, Timestamp.from(now))
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        InboxEntry entry = locked.get(0);
        if (olderEntryPending(entry)) {
            return false;
        }
        ConversationRef ref = entry.conversationRef();
        if (entry.getNoReplyReason() == null && fromSupportAgent(entry, ref)) {
            entry.markDone(clock.instant());
            return true;
        }
        CustomerId customer = customers.findOrCreate(entry.getChannel(), entry.sender());
        Conversation conversation = conversations.lockOrOpen(ref, customer);
        if (isRating(entry, conversation)) {
            // a typed CSAT rating (e.g. the digit an email customer replies): recorded, never a turn of its own
            entry.holdWithoutReply("a CSAT rating, recorded");
            entry.markDone(clock.instant());
            return true;
        }
        int turn = conversation.beginTurn(ref, now);
        conversations.append(new ConversationMessage(conversation.id(), turn, MessageRole.CUSTOMER,
                entry.sender().externalId(), null, entry.getText(), entry.getId(), now));

        if (entry.getNoReplyReason() != null) {
            audit.record("bot", "turn.not-answered", "inbox:" + entry.getId(), entry.getNoReplyReason());
        } else {
            if (conversation.getStatus() == ConversationStatus.CLOSED) {
                conversation.transition(ConversationTransition.REOPEN, "the customer wrote again", now);
                audit.record("bot", "conversation.reopened", "conversation:" + conversation.id().value(), null);
            }
            boolean open = conversation.getStatus() == ConversationStatus.OPEN;
            if (open || escalation.answersWhileWaiting(conversation)) {
                AgentReply answer = answer(entry, conversation, customer, turn);
                AgentReply reply = open ? escalation.apply(conversation, answer)
                        : escalation.applyWhileWaiting(conversation, answer);
                String text = OUTPUT_GUARD.check(reply.text());
                ReplyContent content = reply.content() == null ? null : reply.content().mapText(OUTPUT_GUARD::check);
                for (ToolInvocation call : reply.toolInvocations()) {
                    conversations.append(new ConversationMessage(conversation.id(), turn, MessageRole.TOOL,
                            reply.agentName(), call.call().name(), transcriptLine(call), entry.getId(), clock.instant()));
                }
                ConversationMessage line = new ConversationMessage(conversation.id(), turn, MessageRole.AGENT,
                        reply.agentName(), null, text, entry.getId(), clock.instant());
                if (reply.knowledge() != null) {
                    line.withKnowledge(DecisionRecords.kind(reply.knowledge()), reply.knowledge().confidence(),
                            DecisionRecords.sources(reply.knowledge()));
                }
                conversations.append(line);
                conversation.setPendingChoices(reply.offeredChoices().isEmpty() ? null
                        : CitationsJson.write(reply.offeredChoices()));
                if (reviews.holds(reply)) {
                    reviews.hold(entry.getId(), conversation.id().value(), ref, reply, text, content);
                } else {
                    outbox.enqueue(entry.getId(), conversation.id().value(), ref, text, content);
                }
            } else {
                entry.holdWithoutReply("conversation " + conversation.getStatus() + ": a person answers");
                audit.record("bot", "turn.held-for-human", "conversation:" + conversation.id().value(),
                        "inbox:" + entry.getId() + " arrived while the conversation is " + conversation.getStatus());
            }
        }
        entry.markDone(clock.instant());
        // ids only (no text, no sender): with several servers on one database this tells which one ran each turn
        LOG.fine(() -> "Turn " + turn + " of conversation " + conversation.id().value() + " ran for inbox entry "
                + entry.getId() + " (" + entry.getChannel() + ")");
        return true;
    }

    private boolean isRating(InboxEntry entry, Conversation conversation) {
        return entry.getNoReplyReason() == null && conversation.getStatus() == ConversationStatus.CLOSED
                && csat.rateFromReply(conversation.id().value(), entry.getText(),
                        entry.getChannel().name().toLowerCase(java.util.Locale.ROOT) + "-reply");
    }

    /**
     * A support agent who writes in a customer's conversation (by the id their channel authenticated) is recorded as
     * that person, never as a customer, and the bot does not answer ({@link HumanReplies#chatMessage}). Only in a
     * conversation that exists and is not the person's own (a support agent who talks to the bot in their own DM is a
     * customer there).
     *
     * @return true when the entry was a support agent's message and is recorded
     */
    private boolean fromSupportAgent(InboxEntry entry, ConversationRef ref) {
        Optional<SupportAgent> person = people.bySender(entry.getChannel(), entry.sender());
        if (person.isEmpty()) {
            return false;
        }
        Optional<Conversation> conversation = conversations.lockExisting(ref);
        if (conversation.isEmpty() || customers.find(entry.getChannel(), entry.sender())
                .filter(c -> c.equals(conversation.get().customerId())).isPresent()) {
            return false;
        }
        humanReplies.chatMessage(conversation.get(), person.get(), entry.getText(), entry.getId());
        entry.holdWithoutReply("written by support agent " + person.get().getUserName());
        return true;
    }

    /**
     * Whether an entry of the same conversation stored before this one is still pending. {@link #runnableIds} only
     * offers the oldest pending entry of a conversation, but it cannot see an entry whose insert has not committed:
     * when two messages of one conversation arrive at once (at one server or two) and the one stored first commits
     * last, the second would run first and take turn 1, and for a brand-new conversation both turns would try to open
     * it. Asked with a lock, the database makes this turn wait for that commit; the entry then counts as pending, and
     * this turn is left for after it (returning false rolls nothing back: nothing was written yet). A turn that is
     * running for the older entry is waited for too (it ends DONE, and this one goes on).
     */
    private boolean olderEntryPending(InboxEntry entry) {
        return !em.createNativeQuery(OLDER_PENDING)
                .setParameter(1, entry.getChannel().name())
                .setParameter(2, entry.getConversationKey())
                .setParameter(3, entry.getId())
                .getResultList().isEmpty();
    }

    private AgentReply answer(InboxEntry entry, Conversation conversation, CustomerId customer, int turn) {
        InputGuard guard = new InputGuard(maxChars);
        GuardVerdict verdict = guard.check(entry.getText());
        return switch (verdict.outcome()) {
            case EMPTY -> new AgentReply("input-guard", TurnReplies.EMPTY, List.of());
            case TOO_LONG -> new AgentReply("input-guard", TurnReplies.tooLong(verdict.length(), maxChars), List.of());
            case GARBAGE -> new AgentReply("input-guard", TurnReplies.GARBAGE, List.of());
            case INJECTION -> {
                LOG.warning(() -> "Inbox entry " + entry.getId() + " (" + entry.getChannel() + ", conversation "
                        + conversation.id().value() + ") declined as a prompt injection attempt (audit guard.injection);"
                        + " no agent or tool saw it");
                audit.record("bot", "guard.injection", "inbox:" + entry.getId(), "declined an instruction override");
                yield new AgentReply("input-guard", TurnReplies.INJECTION, List.of());
            }
            case ACCEPTED -> agents.current().respond(new AgentRequest(verdict.cleanedText(),
                    new ToolContext(customer, conversation.id(), entry.getChannel(), entry.sender().verified()),
                    history(conversation, turn), conversation.getActiveAgent(), pendingChoices(conversation)));
        };
    }

    /** The options of the clarifying question asked last; none when unreadable (logged, then asked afresh). */
    private static List<KnowledgeCitation> pendingChoices(Conversation conversation) {
        try {
            return CitationsJson.read(conversation.getPendingChoices());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Conversation " + conversation.id().value() + " has unreadable pending choices ("
                    + e.getMessage() + "); the message is treated as a new question");
            return List.of();
        }
    }

    private List<AgentRequest.HistoryLine> history(Conversation conversation, int turn) {
        return conversations.recentHistory(conversation.id(), turn, HISTORY_LINES).stream()
                .map(m -> new AgentRequest.HistoryLine(m.getRole() == MessageRole.CUSTOMER, m.getContent()))
                .toList();
    }

    private static String transcriptLine(ToolInvocation call) {
        return "call " + call.call().name() + " " + call.call().arguments() + "\n"
                + (call.result().success() ? "ok: " : "error: ") + call.result().content()
                + (call.result().data().isEmpty() ? "" : "\ndata: " + call.result().data());
    }
}
