package org.switchboard.teams.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the approvers' Adaptive Card of one approval request was posted (table {@code teams_approval_cards}): the
 * Bot Connector base URL, the conversation and the activity id the Bot Connector answered. At most one per request:
 * a repeated delivery finds it and posts nothing.
 */
@Entity
@Table(name = "teams_approval_cards")
public class TeamsApprovalCard {

    @Id
    @Column(name = "approval_id")
    private Long approvalId;

    @Column(name = "service_url", nullable = false, length = 512)
    private String serviceUrl;

    @Column(name = "conversation_id", nullable = false, length = 512)
    private String conversationId;

    @Column(name = "activity_id", length = 255)
    private String activityId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected TeamsApprovalCard() {
        // JPA
    }

    /**
     * @param approvalId     the request
     * @param serviceUrl     the Bot Connector base URL the card was posted to
     * @param conversationId the conversation the card is in
     * @param activityId     the id the Bot Connector gave the card's activity, or null when it answered none
     * @param postedAt       when it was posted
     */
    public TeamsApprovalCard(long approvalId, String serviceUrl, String conversationId, String activityId,
                             Instant postedAt) {
        this.approvalId = approvalId;
        this.serviceUrl = Objects.requireNonNull(serviceUrl, "serviceUrl");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
        this.activityId = activityId;
        this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    }

    /** @return the request's id */
    public long getApprovalId() {
        return approvalId;
    }

    /** @return the Bot Connector base URL */
    public String getServiceUrl() {
        return serviceUrl;
    }

    /** @return the conversation id */
    public String getConversationId() {
        return conversationId;
    }

    /** @return the card activity's id, or null */
    public String getActivityId() {
        return activityId;
    }

    /** @return when the card was posted */
    public Instant getPostedAt() {
        return postedAt;
    }
}
