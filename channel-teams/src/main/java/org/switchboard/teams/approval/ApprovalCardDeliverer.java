package org.switchboard.teams.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalStatus;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.teams.activity.TeamsRefs;
import org.switchboard.teams.delivery.BotConnectorClient;

/**
 * Delivers the approvers' Adaptive Card queued by {@link TeamsApprovalNotifier}, inside the outbox delivery's
 * transaction: the card is built from the request's state at delivery time ({@link ApprovalCards#pending} with the
 * Approve/Deny actions, or {@link ApprovalCards#decided} when it was decided or expired meanwhile), posted as a new
 * message with {@link BotConnectorClient#postActivity} (its timeout, retries and {@code Retry-After} handling), and
 * recorded in {@link TeamsApprovalCard}. A repeated delivery for a request whose card is recorded posts nothing and
 * answers the recorded activity id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApprovalCardDeliverer {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    BotConnectorClient connector;

    @Inject
    Clock clock;

    /**
     * @param reply an outbox entry addressed by {@link ApprovalCardRef}
     * @return the Bot Connector's id of the card activity (possibly null when it answered none)
     * @throws RetryableDeliveryException on rate limits and transient Bot Connector failures
     * @throws PermanentDeliveryException when the entry is incomplete, the request is gone, or the Bot Connector
     *                                    refuses for good
     */
    public String deliver(OutboundReply reply) throws RetryableDeliveryException, PermanentDeliveryException {
        String serviceUrl = required(reply, TeamsRefs.SERVICE_URL);
        String conversationId = required(reply, TeamsRefs.CONVERSATION_ID);
        ApprovalRequest request = request(reply);
        TeamsApprovalCard posted = em.find(TeamsApprovalCard.class, request.getId());
        if (posted != null) {
            return posted.getActivityId();
        }
        Instant now = clock.instant();
        var card = request.effectiveStatus(now) == ApprovalStatus.PENDING
                ? ApprovalCards.pending(request) : ApprovalCards.decided(request, now);
        String activityId = connector.postActivity(serviceUrl, conversationId, null,
                ApprovalCards.activity(conversationId, card, ApprovalCards.summary(request)).toString());
        em.persist(new TeamsApprovalCard(request.getId(), serviceUrl, conversationId, activityId, now));
        return activityId;
    }

    private ApprovalRequest request(OutboundReply reply) throws PermanentDeliveryException {
        String id = required(reply, ApprovalCardRef.APPROVAL_ID);
        ApprovalRequest request;
        try {
            request = em.find(ApprovalRequest.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new PermanentDeliveryException("approval card with a malformed approval id " + id, e);
        }
        if (request == null) {
            throw new PermanentDeliveryException("approval request " + id + " does not exist", null);
        }
        return request;
    }

    private static String required(OutboundReply reply, String attribute) throws PermanentDeliveryException {
        String value = reply.conversation().attribute(attribute);
        if (value == null || value.isBlank()) {
            throw new PermanentDeliveryException("approval card without " + attribute, null);
        }
        return value;
    }
}
