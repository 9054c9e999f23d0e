package org.switchboard.core.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transcript line (table {@code messages}): what a customer, agent, tool or human said in a turn. */
@Entity
@Table(name = "messages")
public class ConversationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "turn_number", nullable = false)
    private int turnNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageRole role;

    @Column(length = 100)
    private String author;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(name = "tool_name", length = 100)
    private String toolName;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "knowledge_decision", length = 10)
    private String knowledgeDecision;

    @Column(name = "knowledge_confidence")
    private Double knowledgeConfidence;

    @Column(name = "knowledge_sources", columnDefinition = "TEXT")
    private String knowledgeSources;

    @Column(name = "inbox_entry_id")
    private Long inboxEntryId;

    @Column(name = "outbox_entry_id")
    private Long outboxEntryId;

    @Column(name = "request_key", length = 64)
    private String requestKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConversationMessage() {
        // JPA
    }

    /**
     * @param conversation the conversation
     * @param turnNumber   the turn, from 1
     * @param role         who wrote it
     * @param author       agent name, tool plugin id, or null
     * @param toolName     the tool's name for {@link MessageRole#TOOL} lines, else null
     * @param content      the text (for tools: the call's arguments and the result)
     * @param inboxEntryId the inbound message the turn answers, or null
     * @param createdAt    when
     */
    public ConversationMessage(ConversationId conversation, int turnNumber, MessageRole role, String author,
                               String toolName, String content, Long inboxEntryId, Instant createdAt) {
        this.conversationId = conversation.value();
        this.turnNumber = turnNumber;
        this.role = role;
        this.author = author;
        this.toolName = toolName;
        this.content = content;
        this.inboxEntryId = inboxEntryId;
        this.createdAt = createdAt;
    }

    /**
     * @param name the display name of the person who wrote a {@link MessageRole#HUMAN} or {@link MessageRole#NOTE}
     *             line (its author is their user name); cut to 200 characters
     * @return this line
     */
    public ConversationMessage withAuthorName(String name) {
        this.authorName = name == null || name.length() <= 200 ? name : name.substring(0, 200);
        return this;
    }

    /**
     * Marks a person's reply: the outbox entry that carries it and the idempotency key it was sent with.
     *
     * @param outboxEntry the queued outbox entry's id
     * @param key         the key (at most one line per key and conversation), or null
     * @return this line
     */
    public ConversationMessage withDelivery(long outboxEntry, String key) {
        this.outboxEntryId = outboxEntry;
        this.requestKey = key;
        return this;
    }

    /** @return the outbox entry carrying this line to the customer, or null */
    public Long getOutboxEntryId() {
        return outboxEntryId;
    }

    /** @return the id; only after persist */
    public Long getId() {
        return id;
    }

    /** @return the author (agent name, tool plugin id, a person's user name, the customer's channel id), or null */
    public String getAuthor() {
        return author;
    }

    /** @return the display name of the person who wrote it, or null */
    public String getAuthorName() {
        return authorName;
    }

    /** @return the role */
    public MessageRole getRole() {
        return role;
    }

    /** @return the content */
    public String getContent() {
        return content;
    }

    /** @return the turn number */
    public int getTurnNumber() {
        return turnNumber;
    }

    /** @return the tool name, or null */
    public String getToolName() {
        return toolName;
    }

    /**
     * Records the help-center decision an agent line rests on.
     *
     * @param decision   {@code ANSWER}, {@code CLARIFY} or {@code UNKNOWN}
     * @param confidence the decision's confidence, in [0, 1]
     * @param sources    the passages it rests on, JSON {@code [{"documentId","section","confidence"}]}
     * @return this line
     */
    public ConversationMessage withKnowledge(String decision, double confidence, String sources) {
        this.knowledgeDecision = decision;
        this.knowledgeConfidence = confidence;
        this.knowledgeSources = sources;
        return this;
    }

    /** @return {@code ANSWER}, {@code CLARIFY}, {@code UNKNOWN}, or null when the line rests on no decision */
    public String getKnowledgeDecision() {
        return knowledgeDecision;
    }

    /** @return the decision's confidence, or null */
    public Double getKnowledgeConfidence() {
        return knowledgeConfidence;
    }

    /** @return the passages the decision rests on (JSON), or null */
    public String getKnowledgeSources() {
        return knowledgeSources;
    }
}
