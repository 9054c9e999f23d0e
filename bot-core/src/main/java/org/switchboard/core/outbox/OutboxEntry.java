package org.switchboard.core.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ConversationRefCodec;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.reply.ReplyContent;
import org.switchboard.core.reply.ReplyContentJson;

/** One reply waiting for delivery or delivered (table {@code outbox_entries}). */
@Entity
@Table(name = "outbox_entries")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inbox_entry_id", unique = true)
    private Long inboxEntryId;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "conversation_ref", nullable = false, columnDefinition = "TEXT")
    private String conversationRef;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String text;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sending_since")
    private Instant sendingSince;

    @Column(name = "unconfirmed_since")
    private Instant unconfirmedSince;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxEntry() {
        // JPA
    }

    /**
     * @param inboxEntryId   the inbound message this replies to (unique), or null for a proactive message
     * @param conversationId the conversation, or null
     * @param ref            where to deliver
     * @param text           the reply
     * @param now            when it was queued; first attempt is due immediately
     */
    public OutboxEntry(Long inboxEntryId, Long conversationId, ConversationRef ref, String text, Instant now) {
        this.inboxEntryId = inboxEntryId;
        this.conversationId = conversationId;
        this.channel = ref.channel();
        this.conversationRef = ConversationRefCodec.toJson(ref);
        this.text = text;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * @param content the reply's structure (its plain form is the text), or null for a text-only reply
     * @return this entry
     */
    public OutboxEntry withContent(ReplyContent content) {
        this.content = content == null ? null : ReplyContentJson.write(content);
        return this;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return the status */
    public OutboxStatus getStatus() {
        return status;
    }

    /** @return failed attempts so far */
    public int getAttempts() {
        return attempts;
    }

    /** @return the reply text */
    public String getText() {
        return text;
    }

    /** @return the reply as the channel port takes it */
    public OutboundReply toReply() {
        return new OutboundReply(id, ConversationRefCodec.fromJson(conversationRef), text,
                content == null ? null : ReplyContentJson.read(content));
    }

    /**
     * @return since when an earlier attempt may have reached the channel without us knowing (a crash, timeout or
     *         I/O error during the call), or null when every earlier attempt is known not to have
     */
    public Instant getUnconfirmedSince() {
        return unconfirmedSince;
    }

    /**
     * Starts an attempt: from now until the outcome is written the entry is in flight (other threads and servers
     * leave it alone for the sending lease), and until then it counts as possibly delivered.
     *
     * @param now when the attempt starts
     */
    public void claim(Instant now) {
        sendingSince = now;
        if (unconfirmedSince == null) {
            unconfirmedSince = now;
        }
    }

    /**
     * @param externalMessageId the channel's id of the delivered message, or null
     * @param at                when
     */
    public void markDelivered(String externalMessageId, Instant at) {
        status = OutboxStatus.DELIVERED;
        externalId = externalMessageId;
        deliveredAt = at;
        lastError = null;
        sendingSince = null;
        unconfirmedSince = null;
    }

    /**
     * @param error     what went wrong
     * @param retryAt   when to try again
     * @param uncertain whether the attempt may nevertheless have reached the channel (timeout, I/O error), so the
     *                  next attempt asks the channel first
     */
    public void recordFailure(String error, Instant retryAt, boolean uncertain) {
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = retryAt;
        sendingSince = null;
        if (!uncertain) {
            unconfirmedSince = null;
        }
    }

    /**
     * Ends an attempt that never reached the channel (refused on our side) without counting it.
     *
     * @param reason           why it was refused
     * @param retryAt          when to try again
     * @param unconfirmedSince the value before the attempt's {@link #claim}: when an earlier attempt with an unknown
     *                         outcome started, or null
     */
    public void defer(String reason, Instant retryAt, Instant unconfirmedSince) {
        lastError = truncate(reason);
        nextAttemptAt = retryAt;
        sendingSince = null;
        this.unconfirmedSince = unconfirmedSince;
    }

    /** @param error why it is given up */
    public void markDead(String error) {
        attempts++;
        status = OutboxStatus.DEAD;
        lastError = truncate(error);
        sendingSince = null;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
