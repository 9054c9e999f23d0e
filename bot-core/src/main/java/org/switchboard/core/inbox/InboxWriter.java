package org.switchboard.core.inbox;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import org.switchboard.core.channel.Attachment;
import org.switchboard.core.channel.ConversationRefCodec;
import org.switchboard.core.channel.InboundMessage;

/**
 * Inserts inbox rows in their own transaction. Uses MariaDB's
 * {@code INSERT ... ON DUPLICATE KEY UPDATE id = id}: the unique key {@code (channel, external_id)} makes a
 * second delivery a no-op (0 rows affected) without an exception or a race between check and insert.
 */
@ApplicationScoped
public class InboxWriter {

    private static final String INSERT = """
            INSERT INTO inbox_entries (channel, external_id, conversation_key, conversation_ref, sender_id, sender_name,
                                       text, attachments, raw_payload, no_reply_reason, status, attempts,
                                       next_attempt_at, received_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?11, 'PENDING', 0, ?10, ?10)
            ON DUPLICATE KEY UPDATE id = id
            """;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * Stores a message unless the same channel message id is stored already.
     *
     * @param message the normalized, verified message
     * @return {@link Acceptance#ACCEPTED} when a row was inserted, {@link Acceptance#DUPLICATE} otherwise
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Acceptance insert(InboundMessage message) {
        int rows = em.createNativeQuery(INSERT)
                .setParameter(1, message.channel().name())
                .setParameter(2, message.id().value())
                .setParameter(3, message.conversation().key())
                .setParameter(4, ConversationRefCodec.toJson(message.conversation()))
                .setParameter(5, message.sender().externalId())
                .setParameter(6, message.sender().displayName())
                .setParameter(7, message.text())
                .setParameter(8, attachmentsJson(message))
                .setParameter(9, message.rawPayload())
                .setParameter(10, Timestamp.from(message.receivedAt()))
                .setParameter(11, message.noReplyReason())
                .executeUpdate();
        return rows == 1 ? Acceptance.ACCEPTED : Acceptance.DUPLICATE;
    }

    private static String attachmentsJson(InboundMessage message) {
        if (message.attachments().isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Attachment a : message.attachments()) {
            array.add(JSON.createObjectBuilder()
                    .add("name", a.name() == null ? "" : a.name())
                    .add("mediaType", a.mediaType() == null ? "" : a.mediaType())
                    .add("sizeBytes", a.sizeBytes()));
        }
        return array.build().toString();
    }
}
