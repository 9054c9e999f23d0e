package org.switchboard.core.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One conversation's model memory (table {@code chat_memories}). */
@Entity
@Table(name = "chat_memories")
public class ChatMemoryRow {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "messages_json", nullable = false, columnDefinition = "LONGTEXT")
    private String messagesJson;

    @Column(columnDefinition = "TEXT")
    private String summary;

    @Column(name = "compacted_count", nullable = false)
    private int compactedCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChatMemoryRow() {
        // JPA
    }

    /**
     * @param conversationId the conversation
     * @param now            the time
     */
    public ChatMemoryRow(long conversationId, Instant now) {
        this.conversationId = conversationId;
        this.messagesJson = "[]";
        this.updatedAt = now;
    }

    /** @return the messages in LangChain4j's JSON form */
    public String messagesJson() {
        return messagesJson;
    }

    /** @return the summary of compacted messages, or null */
    public String summary() {
        return summary;
    }

    /** @return how many messages were folded into the summary so far */
    public int compactedCount() {
        return compactedCount;
    }

    /**
     * @param json    the messages, LangChain4j JSON
     * @param summary the summary, may be null
     * @param folded  messages newly folded into the summary
     * @param now     the time
     */
    public void update(String json, String summary, int folded, Instant now) {
        this.messagesJson = json;
        this.summary = summary;
        this.compactedCount += folded;
        this.updatedAt = now;
    }
}
