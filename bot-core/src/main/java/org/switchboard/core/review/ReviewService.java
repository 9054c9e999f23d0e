package org.switchboard.core.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.guard.OutputGuard;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.reply.ReplyContent;

/**
 * The review band: holds knowledge answers below {@code switchboard.review.below} ({@code SWITCHBOARD_REVIEW_BELOW},
 * a confidence in [0, 1]; unset: nothing is held) and lets a person approve, edit and send, or reject them.
 * Approving or editing queues the reply in the outbox in the same transaction, for the inbound message the draft
 * answers (so it is sent exactly once, like every reply); rejecting sends nothing. Each step is audited
 * ({@code review.held}, {@code review.approved}, {@code review.edited}, {@code review.rejected}) with who did it.
 */
@ApplicationScoped
public class ReviewService {

    private static final OutputGuard OUTPUT_GUARD = new OutputGuard();

    /** The longest edited reply accepted, in characters. */
    public static final int MAX_TEXT = 4000;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    OutboxService outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.review.below")
    Optional<Double> reviewBelow;

    /**
     * @param reply a turn's reply
     * @return whether it must wait for a person: a knowledge answer whose confidence is below the review band
     */
    public boolean holds(AgentReply reply) {
        return reviewBelow.isPresent() && reply.knowledge() instanceof KnowledgeDecision.Answer answer
                && answer.confidence() < reviewBelow.get();
    }

    /**
     * Holds an answer in the caller's transaction (the turn's) instead of queueing it.
     *
     * @param inboxEntryId   the inbound message answered
     * @param conversationId its conversation
     * @param ref            where the reply goes
     * @param reply          the reply (its knowledge decision an {@link KnowledgeDecision.Answer})
     * @param text           the checked plain text
     * @param content        the checked structure, or null
     * @return the draft
     * @throws IllegalArgumentException when the reply is not a knowledge answer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewDraft hold(long inboxEntryId, long conversationId, ConversationRef ref, AgentReply reply, String text,
                            ReplyContent content) {
        if (!(reply.knowledge() instanceof KnowledgeDecision.Answer answer)) {
            throw new IllegalArgumentException("only knowledge answers are held for review");
        }
        ReviewDraft draft = new ReviewDraft(inboxEntryId, conversationId, ref, reply.agentName(), text, content,
                answer.confidence(), answer.citation().documentId(), answer.citation().section(), clock.instant());
        em.persist(draft);
        em.flush();
        audit.record("bot", "review.held", "review:" + draft.getId(), "conversation " + conversationId
                + ", confidence " + String.format(java.util.Locale.ROOT, "%.3f", answer.confidence())
                + " below " + reviewBelow.orElse(0.0) + ", " + answer.citation().documentId());
        return draft;
    }

    /**
     * @param status the status wanted
     * @param limit  at most this many
     * @return the drafts with that status, oldest first
     */
    @Transactional
    public List<ReviewDraft> list(ReviewStatus status, int limit) {
        return em.createQuery("select d from ReviewDraft d where d.status = :s order by d.id", ReviewDraft.class)
                .setParameter("s", status).setMaxResults(limit).getResultList();
    }

    /**
     * @param id a draft id
     * @return the draft
     * @throws UnknownReviewException when there is none
     */
    @Transactional
    public ReviewDraft find(long id) {
        ReviewDraft draft = em.find(ReviewDraft.class, id);
        if (draft == null) {
            throw new UnknownReviewException(id);
        }
        return draft;
    }

    /**
     * Sends the draft as it is.
     *
     * @param id    the draft
     * @param actor who approves (the admin's name)
     * @return the decided draft
     * @throws UnknownReviewException  when there is no such draft
     * @throws ReviewConflictException when it is no longer pending
     */
    @Transactional
    public ReviewDraft approve(long id, String actor) {
        ReviewDraft draft = pending(id);
        outbox.enqueue(draft.getInboxEntryId(), draft.getConversationId(), draft.conversationRef(), draft.getText(),
                draft.content());
        draft.decide(ReviewStatus.APPROVED, draft.getText(), actor, clock.instant());
        audit.record(actor, "review.approved", "review:" + id, "conversation " + draft.getConversationId());
        return draft;
    }

    /**
     * Sends a person's version of the draft instead (plain text, checked by the output guard); the transcript gets it
     * as the person's line of the draft's turn.
     *
     * @param id    the draft
     * @param actor who edits (the admin's name)
     * @param text  the text to send; not blank, at most {@value #MAX_TEXT} characters
     * @return the decided draft
     * @throws IllegalArgumentException when the text is blank or too long
     * @throws UnknownReviewException   when there is no such draft
     * @throws ReviewConflictException  when it is no longer pending
     */
    @Transactional
    public ReviewDraft edit(long id, String actor, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the edited reply is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the edited reply is longer than " + MAX_TEXT + " characters");
        }
        ReviewDraft draft = pending(id);
        String checked = OUTPUT_GUARD.check(text.strip());
        outbox.enqueue(draft.getInboxEntryId(), draft.getConversationId(), draft.conversationRef(), checked, null);
        draft.decide(ReviewStatus.EDITED, checked, actor, clock.instant());
        transcribeEdit(draft, actor, checked);
        audit.record(actor, "review.edited", "review:" + id, "conversation " + draft.getConversationId()
                + ", " + checked.length() + " characters sent instead of the draft");
        return draft;
    }

    /**
     * Sends nothing.
     *
     * @param id     the draft
     * @param actor  who rejects (the admin's name)
     * @param reason why, for the audit log, or null
     * @return the decided draft
     * @throws UnknownReviewException  when there is no such draft
     * @throws ReviewConflictException when it is no longer pending
     */
    @Transactional
    public ReviewDraft reject(long id, String actor, String reason) {
        ReviewDraft draft = pending(id);
        draft.decide(ReviewStatus.REJECTED, null, actor, clock.instant());
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        audit.record(actor, "review.rejected", "review:" + id, "conversation " + draft.getConversationId()
                + (why.length() > 300 ? why.substring(0, 300) : why));
        return draft;
    }

    /** The transcript shows what the customer got: the edited text, as a person's line of the draft's turn. */
    private void transcribeEdit(ReviewDraft draft, String actor, String text) {
        List<Integer> turn = em.createQuery("select m.turnNumber from ConversationMessage m where m.inboxEntryId = :inbox"
                        + " and m.role = :agent order by m.id desc", Integer.class)
                .setParameter("inbox", draft.getInboxEntryId())
                .setParameter("agent", MessageRole.AGENT)
                .setMaxResults(1).getResultList();
        em.persist(new ConversationMessage(new ConversationId(draft.getConversationId()), turn.isEmpty() ? 0 : turn.get(0),
                MessageRole.HUMAN, actor, null, text, draft.getInboxEntryId(), clock.instant()));
    }

    private ReviewDraft pending(long id) {
        ReviewDraft draft = em.find(ReviewDraft.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new UnknownReviewException(id);
        }
        if (draft.getStatus() != ReviewStatus.PENDING) {
            throw new ReviewConflictException("review draft " + id + " is already " + draft.getStatus());
        }
        return draft;
    }
}
