package org.switchboard.teams.approval;

import java.util.Map;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.teams.activity.TeamsRefs;

/**
 * The outbox address ({@link ConversationRef} of channel {@link Channel#TEAMS}) of an approvers' Adaptive Card, so
 * that it is delivered, retried and dead-lettered by the core outbox like every reply. The attribute {@value #KIND}
 * (value {@value #APPROVAL_CARD}) tells {@link org.switchboard.teams.delivery.TeamsReplyDeliverer} to hand the entry
 * to {@link ApprovalCardDeliverer}; customer replies have no such attribute. The key is
 * {@code approvals/card/<approvalId>}.
 */
public final class ApprovalCardRef {

    /** Attribute naming the kind of Teams outbox entry. */
    public static final String KIND = "teams_kind";
    /** The value of {@link #KIND} for an approvers' card. */
    public static final String APPROVAL_CARD = "approval_card";
    /** Attribute holding the approval request's id (decimal). */
    public static final String APPROVAL_ID = "approval_id";

    private ApprovalCardRef() {
    }

    /**
     * @param serviceUrl     the Bot Connector base URL of the approvers' conversation
     * @param conversationId the approvers' conversation id
     * @param approvalId     the held request
     * @return the address of the card for that request
     */
    public static ConversationRef of(String serviceUrl, String conversationId, long approvalId) {
        return new ConversationRef(Channel.TEAMS, "approvals/card/" + approvalId, Map.of(
                KIND, APPROVAL_CARD,
                APPROVAL_ID, Long.toString(approvalId),
                TeamsRefs.SERVICE_URL, serviceUrl,
                TeamsRefs.CONVERSATION_ID, conversationId));
    }

    /**
     * @param ref an outbox address
     * @return true when it addresses an approvers' card
     */
    public static boolean isApprovalCard(ConversationRef ref) {
        return APPROVAL_CARD.equals(ref.attribute(KIND));
    }
}
