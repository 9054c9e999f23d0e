package org.switchboard.email.loop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An inbound message cleared for an automatic reply (table {@code email_auto_replies}); inserted with SQL by
 * {@link JpaReplyLedger}, counted with JPA.
 */
@Entity
@Table(name = "email_auto_replies")
public class AutoReplyGrant {

    @Id
    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(nullable = false)
    private String address;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    /** For JPA. */
    protected AutoReplyGrant() {
        // JPA
    }

    /** @return the inbound message's canonical Message-ID */
    public String getMessageId() {
        return messageId;
    }

    /** @return the sender, lower case */
    public String getAddress() {
        return address;
    }

    /** @return the conversation key */
    public String getConversationKey() {
        return conversationKey;
    }

    /** @return its send slot: when it was cleared, or the later instant its deferred reply may leave */
    public Instant getGrantedAt() {
        return grantedAt;
    }
}
