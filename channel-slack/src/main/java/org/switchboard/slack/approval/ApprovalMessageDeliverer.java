package org.switchboard.slack.approval;

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
import org.switchboard.slack.delivery.SlackWebApi;
import org.switchboard.slack.events.SlackMessageNormalizer;

/**
 * Delivers the approval messages queued by {@link SlackApprovalNotifier} and {@link ApprovalNotices}, in a transaction
 * of its own (the outbox calls deliverers outside any transaction; this one reads and writes the stored message). The blocks are built from the request's state at delivery time:
 * <ul>
 *   <li>{@link ApprovalOutboxRef.Kind#APPROVAL_REQUEST}: {@code chat.postMessage} with the buttons (or, if it was
 *       decided meanwhile, with the decision) and the posted ts stored in {@link SlackApprovalMessage}; a repeated
 *       delivery after a crash finds the stored ts and posts nothing;</li>
 *   <li>{@link ApprovalOutboxRef.Kind#APPROVAL_DECISION}: {@code chat.update} of the stored message, or a new
 *       message (stored too) when none was posted yet;</li>
 *   <li>{@link ApprovalOutboxRef.Kind#EPHEMERAL}: {@code chat.postEphemeral} to the stored user.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApprovalMessageDeliverer {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    SlackWebApi webApi;

    @Inject
    Clock clock;

    /**
     * @param kind  the kind of approval message ({@link ApprovalOutboxRef#kindOf})
     * @param reply the outbox entry
     * @return the Slack ts of the posted or updated message
     * @throws RetryableDeliveryException on rate limits and transient Slack failures
     * @throws PermanentDeliveryException when the entry is incomplete, the request is gone, or Slack refuses for good
     */
    public String deliver(ApprovalOutboxRef.Kind kind, OutboundReply reply)
            throws RetryableDeliveryException, PermanentDeliveryException {
        String channel = required(reply, SlackMessageNormalizer.CHANNEL);
        return switch (kind) {
            case APPROVAL_REQUEST -> postRequest(channel, request(reply), reply.text());
            case APPROVAL_DECISION -> postDecision(channel, request(reply), reply.text());
            case EPHEMERAL -> webApi.postEphemeral(channel, required(reply, ApprovalOutboxRef.USER), reply.text());
        };
    }

    private String postRequest(String channel, ApprovalRequest request, String text)
            throws RetryableDeliveryException, PermanentDeliveryException {
        SlackApprovalMessage posted = em.find(SlackApprovalMessage.class, request.getId());
        if (posted != null) {
            return posted.getMessageTs();
        }
        Instant now = clock.instant();
        String ts = request.effectiveStatus(now) == ApprovalStatus.PENDING
                ? webApi.postBlocks(channel, text, ApprovalMessages.pending(request))
                : webApi.postBlocks(channel, text, ApprovalMessages.decided(request, now));
        em.persist(new SlackApprovalMessage(request.getId(), channel, ts, now));
        return ts;
    }

    private String postDecision(String channel, ApprovalRequest request, String text)
            throws RetryableDeliveryException, PermanentDeliveryException {
        Instant now = clock.instant();
        SlackApprovalMessage posted = em.find(SlackApprovalMessage.class, request.getId());
        if (posted != null) {
            return webApi.updateMessage(posted.getChannelId(), posted.getMessageTs(), text,
                    ApprovalMessages.decided(request, now));
        }
        String ts = webApi.postBlocks(channel, text, ApprovalMessages.decided(request, now));
        em.persist(new SlackApprovalMessage(request.getId(), channel, ts, now));
        return ts;
    }

    private ApprovalRequest request(OutboundReply reply) throws PermanentDeliveryException {
        String id = required(reply, ApprovalOutboxRef.APPROVAL_ID);
        ApprovalRequest request;
        try {
            request = em.find(ApprovalRequest.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new PermanentDeliveryException("approval message with a malformed approval id " + id, e);
        }
        if (request == null) {
            throw new PermanentDeliveryException("approval request " + id + " does not exist", null);
        }
        return request;
    }

    private static String required(OutboundReply reply, String attribute) throws PermanentDeliveryException {
        String value = reply.conversation().attribute(attribute);
        if (value == null || value.isBlank()) {
            throw new PermanentDeliveryException("approval message without " + attribute, null);
        }
        return value;
    }
}
