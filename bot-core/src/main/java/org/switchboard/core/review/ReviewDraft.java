package org.switchboard.core.review;

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
import org.switchboard.core.reply.ReplyContent;
import org.switchboard.core.reply.ReplyContentJson;

/** A knowledge answer held for review (table {@code review_drafts}); at most one per inbound message. */
@Entity
@Table(name = "review_drafts")
public class ReviewDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inbox_entry_id", nullable = false, unique = true)
    private long inboxEntryId;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "conversation_ref", nullable = false, columnDefinition = "TEXT")
    private String conversationRef;

    @Column(name = "agent_name", nullable = false, length = 100)
    private String agentName;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String text;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(nullable = false)
    private double confidence;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(nullable = false, length = 500)
    private String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "sent_text", columnDefinition = "MEDIUMTEXT")
    private String sentText;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewDraft() {
        // JPA
    }

    /**
     * @param inboxEntryId   the inbound message the draft answers
     * @param conversationId its conversation
     * @param ref            where the reply goes once approved
     * @param agentName      the agent that drafted it
     * @param text           the drafted reply's plain text (already checked by the output guard)
     * @param content        its structure, or null
     * @param confidence     the answer's confidence, in [0, 1]
     * @param documentId     the article it rests on
     * @param section        the section of the passage (may be empty)
     * @param now            when it was held
     */
    public ReviewDraft(long inboxEntryId, long conversationId, ConversationRef ref, String agentName, String text,
                       ReplyContent content, double confidence, String documentId, String section, Instant now) {
        this.inboxEntryId = inboxEntryId;
        this.conversationId = conversationId;
        this.channel = ref.channel();
        this.conversationRef = ConversationRefCodec.toJson(ref);
        this.agentName = agentName;
        this.text = text;
        this.content = content == null ? null : ReplyContentJson.write(content);
        this.confidence = confidence;
        this.documentId = documentId;
        this.section = section.length() <= 500 ? section : section.substring(0, 500);
        this.status = ReviewStatus.PENDING;
        this.createdAt = now;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the inbound message answered */
    public long getInboxEntryId() {
        return inboxEntryId;
    }

    /** @return the conversation */
    public long getConversationId() {
        return conversationId;
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return where the reply goes */
    public ConversationRef conversationRef() {
        return ConversationRefCodec.fromJson(conversationRef);
    }

    /** @return the drafting agent */
    public String getAgentName() {
        return agentName;
    }

    /** @return the drafted text */
    public String getText() {
        return text;
    }

    /** @return the drafted structure, or null */
    public ReplyContent content() {
        return content == null ? null : ReplyContentJson.read(content);
    }

    /** @return the answer's confidence, in [0, 1] */
    public double getConfidence() {
        return confidence;
    }

    /** @return the article the answer rests on */
    public String getDocumentId() {
        return documentId;
    }

    /** @return the passage's section, or empty */
    public String getSection() {
        return section;
    }

    /** @return the status */
    public ReviewStatus getStatus() {
        return status;
    }

    /** @return the text that was sent (the draft's or the edited one), or null while not sent */
    public String getSentText() {
        return sentText;
    }

    /** @return who decided, or null while pending */
    public String getDecidedBy() {
        return decidedBy;
    }

    /** @return when it was decided, or null */
    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** @return when it was held */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * @param outcome  APPROVED, EDITED or REJECTED
     * @param sent     the text sent, or null when rejected
     * @param actor    who decided
     * @param at       when
     */
    void decide(ReviewStatus outcome, String sent, String actor, Instant at) {
        this.status = outcome;
        this.sentText = sent;
        this.decidedBy = actor;
        this.decidedAt = at;
    }
}
