package org.switchboard.slack.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the approvers' message of one approval request was posted (table {@code slack_approval_messages}): the
 * channel and the message {@code ts} Slack answered, so a decision can replace the buttons with {@code chat.update}.
 */
@Entity
@Table(name = "slack_approval_messages")
public class SlackApprovalMessage {

    @Id
    @Column(name = "approval_id")
    private Long approvalId;

    @Column(name = "channel_id", nullable = false, length = 64)
    private String channelId;

    @Column(name = "message_ts", nullable = false, length = 32)
    private String messageTs;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected SlackApprovalMessage() {
        // JPA
    }

    /**
     * @param approvalId the request
     * @param channelId  the channel the message is in
     * @param messageTs  the message's ts
     * @param postedAt   when it was posted
     */
    public SlackApprovalMessage(long approvalId, String channelId, String messageTs, Instant postedAt) {
        this.approvalId = approvalId;
        this.channelId = Objects.requireNonNull(channelId, "channelId");
        this.messageTs = Objects.requireNonNull(messageTs, "messageTs");
        this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    }

    /** @return the request's id */
    public long getApprovalId() {
        return approvalId;
    }

    /** @return the channel id */
    public String getChannelId() {
        return channelId;
    }

    /** @return the message ts */
    public String getMessageTs() {
        return messageTs;
    }

    /** @return when it was posted */
    public Instant getPostedAt() {
        return postedAt;
    }
}
