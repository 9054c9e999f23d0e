package org.switchboard.server.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read-only SQL for the admin API's lists (conversations, transcripts, tickets, audit log), newest first and
 * paged. It reads the tables the core writes and never changes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdminQueries {

    private static final String CONVERSATION_COLUMNS = "c.id, c.channel, c.external_key, c.customer_id, c.status,"
            + " c.active_agent, c.turn_count, c.created_at, c.updated_at, c.status_reason, "
            + customerNameColumns("c.customer_id", "c.channel") + ", " + lastMessageColumn("c.id") + ", c.assignee,"
            + " (SELECT s.display_name FROM support_agents s WHERE s.user_name = c.assignee),"
            + " CASE WHEN c.status = 'CLOSED' THEN NULL ELSE (SELECT MIN(w.created_at) FROM messages w"
            + " WHERE w.conversation_id = c.id AND w.role = 'CUSTOMER' AND w.id > COALESCE((SELECT MAX(r.id)"
            + " FROM messages r WHERE r.conversation_id = c.id AND r.role IN ('AGENT', 'HUMAN')), 0)) END AS waiting_since";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * @param page   page number from 0
     * @param size   page size, 1 to {@value Page#MAX_SIZE}
     * @param filter         which conversations (customer, channel, status; empty parts match all)
     * @param longestWaiting true: those whose customer waits for an answer first, longest-waiting first, then the
     *                       rest; false: most recently active first
     * @return the matching conversations in that order
     */
    public Page<AdminViews.Conversation> conversations(int page, int size, ConversationFilter filter,
                                                       boolean longestWaiting) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter.customerId().ifPresent(id -> {
            conditions.add("c.customer_id = ?");
            parameters.add(id);
        });
        filter.channel().ifPresent(channel -> {
            conditions.add("c.channel = ?");
            parameters.add(channel);
        });
        filter.status().ifPresent(status -> {
            conditions.add("c.status = ?");
            parameters.add(status);
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return page(page, size, "SELECT COUNT(*) FROM conversations c" + where,
                "SELECT " + CONVERSATION_COLUMNS + " FROM conversations c" + where
                        + (longestWaiting ? " ORDER BY waiting_since IS NULL, waiting_since, c.updated_at DESC, c.id DESC"
                        : " ORDER BY c.updated_at DESC, c.id DESC"),
                parameters, AdminQueries::conversation);
    }

    /**
     * @param id a conversation id
     * @return the conversation with its messages, oldest first, if it exists
     */
    public Optional<AdminViews.Transcript> transcript(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT " + CONVERSATION_COLUMNS + " FROM conversations c WHERE c.id = ?1")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, turn_number, role, author, tool_name, content, created_at,"
                + " knowledge_decision, knowledge_confidence, knowledge_sources, author_name FROM messages WHERE conversation_id = ?1 ORDER BY id").setParameter(1, id).getResultList();
        List<AdminViews.Message> messages = rows.stream().map(r -> new AdminViews.Message(number(r[0]),
                (int) number(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], instant(r[6]), (String) r[7],
                r[8] == null ? null : ((Number) r[8]).doubleValue(), (String) r[9], (String) r[10])).toList();
        return Optional.of(new AdminViews.Transcript(conversation(found.get(0)), messages));
    }

    /**
     * @param page page number from 0
     * @param size page size, 1 to {@value Page#MAX_SIZE}
     * @return tickets, newest first
     */
    public Page<AdminViews.Ticket> tickets(int page, int size) {
        return page(page, size, "SELECT COUNT(*) FROM tickets",
                "SELECT t.id, t.customer_id, t.conversation_id, t.subject, t.description, t.status, t.created_at, "
                        + customerNameColumns("t.customer_id", "c.channel") + ", " + lastMessageColumn("t.conversation_id")
                        + " FROM tickets t LEFT JOIN conversations c ON c.id = t.conversation_id ORDER BY t.id DESC",
                r -> new AdminViews.Ticket(number(r[0]), "#" + number(r[0]), number(r[1]),
                        r[2] == null ? null : number(r[2]), (String) r[3], (String) r[4], (String) r[5], instant(r[6]),
                        customerName(r, 7), MessagePreview.of((String) r[11])));
    }

    /**
     * @param page    page number from 0
     * @param size    page size, 1 to {@value Page#MAX_SIZE}
     * @param channel only this channel's messages (SLACK, TEAMS, EMAIL), or null for all
     * @param since   only messages received at or after this instant, or null for all
     * @return what became of each stored inbound message, oldest first
     */
    public Page<AdminViews.InboxOutcome> inboxOutcomes(int page, int size, String channel, Instant since) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (channel != null) {
            conditions.add("e.channel = ?");
            parameters.add(channel);
        }
        if (since != null) {
            conditions.add("e.received_at >= ?");
            parameters.add(Timestamp.from(since));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return page(page, size, "SELECT COUNT(*) FROM inbox_entries e" + where,
                "SELECT e.id, e.channel, e.external_id, e.received_at, e.status, e.no_reply_reason, e.last_error,"
                        + " (SELECT m.author FROM messages m WHERE m.inbox_entry_id = e.id AND m.role = 'AGENT'"
                        + " ORDER BY m.id DESC LIMIT 1),"
                        + " (SELECT m.content FROM messages m WHERE m.inbox_entry_id = e.id AND m.role = 'TOOL'"
                        + " AND m.tool_name = 'open_ticket' ORDER BY m.id DESC LIMIT 1),"
                        + " (SELECT m.conversation_id FROM messages m WHERE m.inbox_entry_id = e.id ORDER BY m.id LIMIT 1),"
                        + " o.status, o.next_attempt_at"
                        + " FROM inbox_entries e LEFT JOIN outbox_entries o ON o.inbox_entry_id = e.id" + where
                        + " ORDER BY e.id",
                parameters, AdminQueries::inboxOutcome);
    }

    private static AdminViews.InboxOutcome inboxOutcome(Object[] r) {
        String status = (String) r[4];
        String noReplyReason = (String) r[5];
        MessageOutcome outcome = MessageOutcome.classify(status, noReplyReason, (String) r[7], (String) r[8]);
        String reason = switch (outcome) {
            case SUPPRESSED -> noReplyReason;
            case FAILED -> (String) r[6];
            default -> null;
        };
        String replyStatus = (String) r[10];
        return new AdminViews.InboxOutcome(number(r[0]), (String) r[1], (String) r[2], instant(r[3]), outcome.name(),
                reason, outcome == MessageOutcome.ESCALATED ? MessageOutcome.ticketNumber((String) r[8]) : null,
                r[9] == null ? null : number(r[9]), replyStatus,
                "PENDING".equals(replyStatus) ? instant(r[11]) : null);
    }

    /**
     * Four columns naming a customer in a channel: the identity's display name and external id (the first identity
     * of that channel, else any), the customer's display name, and the identity's channel.
     */
    private static String customerNameColumns(String customerId, String channel) {
        String identity = " FROM channel_identities i WHERE i.customer_id = " + customerId
                + " ORDER BY (i.channel = " + channel + ") DESC, i.id LIMIT 1)";
        return "(SELECT i.display_name" + identity + ", (SELECT i.external_id" + identity
                + ", (SELECT cu.display_name FROM customers cu WHERE cu.id = " + customerId + ")"
                + ", (SELECT i.channel" + identity;
    }

    /** The last customer, agent or person's message of a conversation (never a note). */
    private static String lastMessageColumn(String conversationId) {
        return "(SELECT m.content FROM messages m WHERE m.conversation_id = " + conversationId
                + " AND m.role IN ('CUSTOMER', 'AGENT', 'HUMAN') ORDER BY m.id DESC LIMIT 1)";
    }

    /** The customer name from the four {@link #customerNameColumns} starting at {@code first}. */
    private static String customerName(Object[] r, int first) {
        return CustomerNames.display((String) r[first + 3], (String) r[first], (String) r[first + 2],
                (String) r[first + 1]);
    }

    /**
     * @param page page number from 0
     * @param size page size, 1 to {@value Page#MAX_SIZE}
     * @return audit entries, newest first
     */
    public Page<AdminViews.AuditRecord> audit(int page, int size) {
        return page(page, size, "SELECT COUNT(*) FROM audit_entries",
                "SELECT id, occurred_at, actor, action, subject, details FROM audit_entries ORDER BY id DESC",
                r -> new AdminViews.AuditRecord(number(r[0]), instant(r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5]));
    }

    private <T> Page<T> page(int page, int size, String countSql, String sql, Function<Object[], T> mapper) {
        return page(page, size, countSql, sql, List.of(), mapper);
    }

    private <T> Page<T> page(int page, int size, String countSql, String sql, List<Object> parameters,
                             Function<Object[], T> mapper) {
        Query count = em.createNativeQuery(countSql);
        Query query = em.createNativeQuery(sql).setFirstResult(page * size).setMaxResults(size);
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            query.setParameter(i + 1, parameters.get(i));
        }
        long total = number(count.getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new Page<>(page, size, total, rows.stream().map(mapper).toList());
    }

    private static AdminViews.Conversation conversation(Object[] r) {
        return new AdminViews.Conversation(number(r[0]), (String) r[1], (String) r[2], number(r[3]), (String) r[4],
                (String) r[5], (int) number(r[6]), instant(r[7]), instant(r[8]), (String) r[9], customerName(r, 10),
                MessagePreview.of((String) r[14]), (String) r[15], r[16] != null ? (String) r[16] : (String) r[15],
                instant(r[17]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Instant i ? i : null;
    }
}
