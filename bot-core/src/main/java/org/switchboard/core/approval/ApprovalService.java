package org.switchboard.core.approval;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationService;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.tool.ApprovalGate;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolRegistry;
import org.switchboard.core.tool.ToolResult;

/**
 * Holds tool calls for approval and carries out approvers' decisions. Everything lives in the database, so a
 * request can be decided after any number of restarts.
 *
 * <p>A decision locks the request row ({@code SELECT ... FOR UPDATE}), checks that it is pending and not expired,
 * records who decided and when, runs the stored call (when approved), stores its result, writes the transcript
 * lines, queues the message to the customer in the conversation's thread and audits the decision, all in one
 * transaction: the call runs at most once, and a refused decision changes nothing.
 *
 * <p>Channels learn about requests and decisions through the CDI events {@link ApprovalRequested} and
 * {@link ApprovalDecided}, fired synchronously inside those transactions (so their outbox entries are as durable as
 * the decision itself).
 */
@ApplicationScoped
public class ApprovalService implements ApprovalGate {

    /** Transcript author of the lines an approval writes. */
    public static final String AUTHOR = "approval";

    private static final Duration DEFAULT_EXPIRY = Duration.ofDays(7);
    private static final Logger LOG = Logs.logger(ApprovalService.class);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ToolRegistry registry;

    @Inject
    OutboxService outbox;

    @Inject
    ConversationService conversations;

    @Inject
    AuditLog audit;

    @Inject
    Event<ApprovalRequested> requested;

    @Inject
    Event<ApprovalDecided> decided;

    @Inject
    @ConfigProperty(name = "switchboard.approvals.expiry", defaultValue = "P7D")
    String expiry = "P7D";

    private Duration expiryDuration = DEFAULT_EXPIRY;

    /** Reads the expiry; an unreadable or non-positive value is logged and the default (7 days) used. */
    @PostConstruct
    void readExpiry() {
        expiryDuration = expiry(expiry);
    }

    /**
     * @param configured an ISO-8601 duration such as {@code P7D} or {@code PT48H}
     * @return that duration, or 7 days (logged) when it is not a positive ISO-8601 duration
     */
    static Duration expiry(String configured) {
        try {
            Duration parsed = Duration.parse(configured.strip());
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        LOG.severe(() -> "switchboard.approvals.expiry '" + configured + "' is not a positive ISO-8601 duration;"
                + " using " + DEFAULT_EXPIRY);
        return DEFAULT_EXPIRY;
    }

    /**
     * Stores a call instead of running it, in the caller's transaction (the turn's).
     *
     * @param call    the exact call
     * @param context who it is made for
     * @return what the agent and the customer are told: the request is pending, with its id
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public ToolResult hold(ToolCall call, ToolContext context) {
        Instant now = clock.instant();
        ApprovalRequest request = new ApprovalRequest(call, context, now, now.plus(expiryDuration));
        em.persist(request);
        em.flush();
        audit.record("bot", "approval.requested", "approval:" + request.getId(),
                "tool " + call.name() + " for customer " + context.customerId().value());
        announce(requested, new ApprovalRequested(request.getId(), call.name()));
        return ToolResult.ok(ApprovalMessages.pending(request.getId()), JSON.createObjectBuilder()
                .add("approvalId", request.getId()).add("status", ApprovalStatus.PENDING.name()).build());
    }

    /**
     * Approves a pending request and runs its exact call once.
     *
     * @param id     the request
     * @param actor  the approver
     * @param reason optional note, may be null
     * @return the decided request, with the call's result
     * @throws UnknownApprovalException  if there is no such request
     * @throws ApprovalConflictException if it was already decided or has expired (nothing changed)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ApprovalRequest approve(long id, String actor, String reason) {
        ApprovalRequest request = lock(id);
        Instant now = clock.instant();
        request.approve(actor, now, reason);
        ToolCall call = request.call();
        ToolResult result = registry.invokeApproved(call, request.context());
        request.recordResult(result.success(), result.content());
        String message = ApprovalMessages.approved(result);
        resume(request, "call " + call.name() + " " + call.arguments() + "\napproved by " + actor + "\n"
                + (result.success() ? "ok: " : "error: ") + result.content()
                + (result.data().isEmpty() ? "" : "\ndata: " + result.data()), message);
        audit.record(actor, "approval.approved", "approval:" + id, "tool " + call.name()
                + (result.success() ? " ran" : " failed") + (request.getReason() == null ? "" : "; reason: "
                + request.getReason()));
        announce(decided, new ApprovalDecided(id, ApprovalStatus.APPROVED, actor));
        return request;
    }

    /**
     * Declines a pending request; the customer is told politely.
     *
     * @param id     the request
     * @param actor  the approver
     * @param reason optional note, told to the customer; may be null
     * @return the decided request
     * @throws UnknownApprovalException  if there is no such request
     * @throws ApprovalConflictException if it was already decided or has expired (nothing changed)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ApprovalRequest deny(long id, String actor, String reason) {
        ApprovalRequest request = lock(id);
        request.deny(actor, clock.instant(), reason);
        ToolCall call = request.call();
        resume(request, "call " + call.name() + " " + call.arguments() + "\ndenied by " + actor,
                ApprovalMessages.denied(request.getReason()));
        audit.record(actor, "approval.denied", "approval:" + id, "tool " + call.name()
                + (request.getReason() == null ? "" : "; reason: " + request.getReason()));
        announce(decided, new ApprovalDecided(id, ApprovalStatus.DENIED, actor));
        return request;
    }

    /**
     * @param limit at most this many
     * @return requests, pending ones first (oldest first), then decided ones (newest first)
     */
    public List<ApprovalRequest> list(int limit) {
        List<ApprovalRequest> all = new java.util.ArrayList<>(em.createQuery(
                        "select a from ApprovalRequest a where a.status = :s order by a.id", ApprovalRequest.class)
                .setParameter("s", ApprovalStatus.PENDING)
                .setMaxResults(limit)
                .getResultList());
        if (all.size() < limit) {
            all.addAll(em.createQuery(
                            "select a from ApprovalRequest a where a.status <> :s order by a.id desc", ApprovalRequest.class)
                    .setParameter("s", ApprovalStatus.PENDING)
                    .setMaxResults(limit - all.size())
                    .getResultList());
        }
        return all;
    }

    /** @return the current time, for views that show a request's age and effective status */
    public Instant now() {
        return clock.instant();
    }

    /** Fires an event to the channels' observers; a failing observer is logged, the decision stands. */
    private static <T> void announce(Event<T> event, T payload) {
        if (event == null) {
            return;
        }
        try {
            event.fire(payload);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "An approval observer failed for " + payload + "; approvers may not be notified", e);
        }
    }

    private ApprovalRequest lock(long id) {
        ApprovalRequest request = em.find(ApprovalRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new UnknownApprovalException(id);
        }
        return request;
    }

    private void resume(ApprovalRequest request, String toolLine, String message) {
        Conversation conversation = em.find(Conversation.class, request.getConversationId(),
                LockModeType.PESSIMISTIC_WRITE);
        int turn = Math.max(1, conversation.getTurnCount());
        Instant now = clock.instant();
        conversations.append(new ConversationMessage(conversation.id(), turn, MessageRole.TOOL, AUTHOR,
                request.getToolName(), toolLine, null, now));
        conversations.append(new ConversationMessage(conversation.id(), turn, MessageRole.AGENT, AUTHOR, null,
                message, null, now));
        outbox.enqueue(null, conversation.id().value(), conversation.conversationRef(), message);
    }
}
