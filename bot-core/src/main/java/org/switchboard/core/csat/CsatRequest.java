package org.switchboard.core.csat;

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

/** One CSAT request of a closed conversation and, once given, its rating (table {@code csat_requests}). */
@Entity
@Table(name = "csat_requests")
public class CsatRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, unique = true)
    private long conversationId;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "resolved_by_person", nullable = false)
    private boolean resolvedByPerson;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "outbox_entry_id")
    private Long outboxEntryId;

    private Integer score;

    @Column(length = 1000)
    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "rated_via", length = 20)
    private String ratedVia;

    protected CsatRequest() {
        // JPA
    }

    /**
     * @param conversationId   the closed conversation
     * @param token            the request's random token ({@link CsatTokens#next()})
     * @param channel          the conversation's channel
     * @param resolvedByPerson whether a person handled the conversation
     * @param closedBy         who closed it, or null for the bot
     * @param requestedAt      when the request was queued
     */
    public CsatRequest(long conversationId, String token, Channel channel, boolean resolvedByPerson, String closedBy,
                       Instant requestedAt) {
        this.conversationId = conversationId;
        this.token = token;
        this.channel = channel;
        this.resolvedByPerson = resolvedByPerson;
        this.closedBy = closedBy == null || closedBy.length() <= 255 ? closedBy : closedBy.substring(0, 255);
        this.requestedAt = requestedAt;
    }

    /**
     * Records the rating unless one is recorded already (the first one wins).
     *
     * @param score   1 to 5
     * @param comment an optional comment (cut to 1000 characters), or null
     * @param via     how it came ({@code slack}, {@code teams}, {@code email-link}, {@code email-reply}, ...)
     * @param at      when
     * @return true when recorded now, false when the request was already rated (nothing changes)
     * @throws IllegalArgumentException when score is not 1 to 5
     */
    public boolean rate(int score, String comment, String via, Instant at) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + score);
        }
        if (this.score != null) {
            return false;
        }
        this.score = score;
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        this.comment = c == null || c.length() <= 1000 ? c : c.substring(0, 1000);
        this.ratedVia = via;
        this.ratedAt = at;
        return true;
    }

    /** @param outboxEntryId the outbox entry that asks the customer */
    void askedBy(Long outboxEntryId) {
        this.outboxEntryId = outboxEntryId;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the conversation */
    public long getConversationId() {
        return conversationId;
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return whether a person handled the conversation */
    public boolean isResolvedByPerson() {
        return resolvedByPerson;
    }

    /** @return the rating 1-5, or null when not rated yet */
    public Integer getScore() {
        return score;
    }

    /** @return the comment, or null */
    public String getComment() {
        return comment;
    }

    /** @return when it was rated, or null */
    public Instant getRatedAt() {
        return ratedAt;
    }
}
