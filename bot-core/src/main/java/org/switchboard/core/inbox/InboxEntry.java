package org.switchboard.core.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ConversationRefCodec;
import org.switchboard.core.channel.SenderIdentity;

/**
 * One stored inbound message (table {@code inbox_entries}, unique on {@code channel + external_id}).
 * Rows are inserted with SQL by {@link InboxWriter}; JPA reads and updates them.
 */
@Entity
@Table(name = "inbox_entries")
public class InboxEntry {

    /** How {@code last_error} starts while the turn is put off because the language model was busy. */
    public static final String BUSY_NOTE = "deferred: language model busy";

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Column(name = "conversation_ref", nullable = false, columnDefinition = "TEXT")
    private String conversationRef;

    @Column(name = "sender_id", nullable = false)
    private String senderId;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String text;

    @Column(name = "attachments", columnDefinition = "TEXT")
    private String attachments;

    @Column(name = "no_reply_reason", length = 200)
    private String noReplyReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected InboxEntry() {
        // JPA
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return the channel's message id */
    public String getExternalId() {
        return externalId;
    }

    /** @return the conversation key within the channel */
    public String getConversationKey() {
        return conversationKey;
    }

    /** @return the conversation reference, decoded */
    public ConversationRef conversationRef() {
        return ConversationRefCodec.fromJson(conversationRef);
    }

    /** @return the verified sender */
    public SenderIdentity sender() {
        return new SenderIdentity(senderId, senderName);
    }

    /** @return the normalized text */
    public String getText() {
        return text;
    }

    /** @return the attachments as a JSON array text, or null */
    public String getAttachments() {
        return attachments;
    }

    /** @return why the message is stored without a reply, or null when it is answered */
    public String getNoReplyReason() {
        return noReplyReason;
    }

    /**
     * Records that the message stays unanswered (e.g. its conversation waits for a human).
     *
     * @param reason why, cut to 200 characters
     */
    public void holdWithoutReply(String reason) {
        this.noReplyReason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    /** @return the status */
    public InboxStatus getStatus() {
        return status;
    }

    /** @return how many turns were tried and failed */
    public int getAttempts() {
        return attempts;
    }

    /** @return when the message was received */
    public Instant getReceivedAt() {
        return receivedAt;
    }

    /**
     * Marks the turn done.
     *
     * @param at when
     */
    public void markDone(Instant at) {
        status = InboxStatus.DONE;
        processedAt = at;
        lastError = null;
    }

    /**
     * Records a failed attempt and when to try again.
     *
     * @param error     what went wrong (cut to 1000 characters)
     * @param retryAt   when to try again
     */
    public void recordFailure(String error, Instant retryAt) {
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = retryAt;
    }

    /**
     * Puts the turn off until later without counting a failed attempt: the language model was busy before anything
     * of the turn ran. The entry stays PENDING; {@link #isDeferredWhileBusy()} is true until the turn is done.
     *
     * @param note    why, starting with {@link #BUSY_NOTE} (cut to 1000 characters)
     * @param retryAt when to run the turn again
     * @throws IllegalArgumentException if the note does not start with {@link #BUSY_NOTE}
     */
    public void deferWhileBusy(String note, Instant retryAt) {
        if (note == null || !note.startsWith(BUSY_NOTE)) {
            throw new IllegalArgumentException("a busy deferral's note starts with " + BUSY_NOTE);
        }
        lastError = truncate(note);
        nextAttemptAt = retryAt;
    }

    /** @return whether the turn's last run was put off because the language model was busy */
    public boolean isDeferredWhileBusy() {
        return lastError != null && lastError.startsWith(BUSY_NOTE);
    }

    /**
     * Gives up on the entry.
     *
     * @param error what went wrong
     * @param at    when
     */
    public void markFailed(String error, Instant at) {
        status = InboxStatus.FAILED;
        lastError = truncate(error);
        processedAt = at;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
