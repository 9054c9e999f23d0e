package org.switchboard.core.csat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationClosed;
import org.switchboard.core.outbox.OutboxEntry;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;

/**
 * Asks for and records CSAT ratings.
 * <ul>
 *   <li>A closed conversation ({@link ConversationClosed}, observed inside the closing transaction) gets one request:
 *       a {@link CsatRequest} row and an outbox entry addressed with {@link CsatRefs}, committed with the close, so
 *       the question is sent exactly once as far as the channel allows (the outbox's guarantee), also after a crash.
 *       A conversation closed a second time (reopened, closed again) is not asked again. Off with
 *       {@code switchboard.csat.enabled=false} (env {@code SWITCHBOARD_CSAT_ENABLED}, default true).</li>
 *   <li>{@link #rate} records a click or a link (by token); {@link #rateFromReply} a typed digit in the closed
 *       conversation. The first rating wins; a repeated click changes nothing.</li>
 * </ul>
 * The email links point at {@code switchboard.public.url} (env {@code SWITCHBOARD_PUBLIC_URL}) + {@code /api/csat};
 * without it the email asks for a typed digit only.
 */
@ApplicationScoped
public class CsatService {

    private static final Logger LOG = Logs.logger(CsatService.class);

    /** Path of the public rating page under the server's public address. */
    public static final String PAGE_PATH = "/api/csat";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    OutboxService outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.csat.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "switchboard.public.url")
    Optional<String> publicUrl;

    /**
     * Queues the CSAT request of a closed conversation, in the closing transaction.
     *
     * @param event the close
     */
    void onClosed(@Observes ConversationClosed event) {
        if (!enabled || !em.createQuery("select r.id from CsatRequest r where r.conversationId = :c", Long.class)
                .setParameter("c", event.conversationId()).getResultList().isEmpty()) {
            return;
        }
        Conversation conversation = em.find(Conversation.class, event.conversationId());
        if (conversation == null) {
            return;
        }
        String token = CsatTokens.next();
        CsatRequest request = new CsatRequest(event.conversationId(), token, conversation.getChannel(),
                event.handledByPerson(), event.closedBy(), clock.instant());
        em.persist(request);
        OutboxEntry entry = outbox.enqueue(null, event.conversationId(),
                CsatRefs.asking(conversation.conversationRef(), token), CsatQuestion.plainText(pageUrl(), token));
        em.flush();
        request.askedBy(entry.getId());
        audit.record("bot", "csat.requested", "conversation:" + event.conversationId(),
                event.handledByPerson() ? "resolved by a person" : "resolved by the bot");
    }

    /**
     * Records a rating given by a button or a link.
     *
     * @param token   the request's token as received (checked for shape before any look-up)
     * @param score   1 to 5
     * @param comment an optional comment, or null
     * @param via     how it came ({@code slack}, {@code teams}, {@code email-link})
     * @return what happened
     * @throws IllegalArgumentException when score is not 1 to 5
     */
    @Transactional
    public Outcome rate(String token, int score, String comment, String via) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + score);
        }
        if (!CsatTokens.wellFormed(token)) {
            return Outcome.UNKNOWN;
        }
        List<CsatRequest> found = em.createQuery("select r from CsatRequest r where r.token = :t", CsatRequest.class)
                .setParameter("t", token).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        return record(found.get(0), score, comment, via);
    }

    /**
     * Reads a customer's message in a closed conversation as a rating, in the caller's transaction (the turn's).
     *
     * @param conversationId the closed conversation
     * @param text           the customer's message
     * @param via            the channel's name, for the record ({@code email-reply}, {@code slack-reply}, ...)
     * @return true when the message was a rating for the conversation's unanswered request (recorded now, so the
     *         message is not answered); false when it is something else (the conversation reopens as usual)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rateFromReply(long conversationId, String text, String via) {
        Optional<CsatQuestion.TypedRating> typed = CsatQuestion.readReply(text);
        if (typed.isEmpty()) {
            return false;
        }
        List<CsatRequest> found = em.createQuery("select r from CsatRequest r where r.conversationId = :c"
                        + " and r.score is null", CsatRequest.class)
                .setParameter("c", conversationId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        return record(found.get(0), typed.get().score(), typed.get().comment(), via) == Outcome.RECORDED;
    }

    private Outcome record(CsatRequest request, int score, String comment, String via) {
        if (!request.rate(score, comment, via, clock.instant())) {
            LOG.fine(() -> "CSAT request " + request.getId() + " was already rated; " + via + " rating ignored");
            return Outcome.ALREADY_RATED;
        }
        audit.record("customer", "csat.rated", "conversation:" + request.getConversationId(),
                score + "/5 via " + via + (request.getComment() == null ? "" : ", with a comment"));
        return Outcome.RECORDED;
    }

    /** @return the rating page's public address without the token, when the public address is configured */
    public Optional<String> pageUrl() {
        return publicUrl.filter(u -> !u.isBlank())
                .map(u -> (u.endsWith("/") ? u.substring(0, u.length() - 1) : u) + PAGE_PATH);
    }

    /**
     * @param token a token as received
     * @return the request, when the token names one
     */
    @Transactional
    public Optional<CsatRequest> find(String token) {
        if (!CsatTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select r from CsatRequest r where r.token = :t", CsatRequest.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    /** What a rating did. */
    public enum Outcome {
        /** Recorded now. */
        RECORDED,
        /** The request had been rated before; nothing changed. */
        ALREADY_RATED,
        /** No request has that token. */
        UNKNOWN
    }
}
