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

    @Column(name = "tool_name", length = 100)
    private String toolName;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "inbox_entry_id")
    private Long inboxEntryId;

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
}
