package org.switchboard.email.threading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One known Message-ID and its conversation (table {@code email_message_ids}). Rows are inserted with SQL by
 * {@link JpaThreadIndex} ({@code INSERT IGNORE}); JPA reads them.
 */
@Entity
@Table(name = "email_message_ids")
public class EmailMessageLink {

    @Id
    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LinkDirection direction;

    @Column(name = "outbox_id")
    private Long outboxId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected EmailMessageLink() {
        // JPA
    }

    /** @return the canonical Message-ID */
    public String getMessageId() {
        return messageId;
    }

    /** @return the conversation key */
    public String getConversationKey() {
        return conversationKey;
    }

    /** @return how the id was seen */
    public LinkDirection getDirection() {
        return direction;
    }

    /** @return the outbox entry for an outbound id, else null */
    public Long getOutboxId() {
        return outboxId;
    }

    /** @return when it was recorded */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
