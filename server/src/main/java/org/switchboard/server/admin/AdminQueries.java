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

    private static final String CONVERSATION_COLUMNS = "id, channel, external_key, customer_id, status, active_agent,"
            + " turn_count, created_at, updated_at, status_reason";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * @param page   page number from 0
     * @param size   page size, 1 to {@value Page#MAX_SIZE}
     * @param filter which conversations (customer, channel, status; empty parts match all)
     * @return the matching conversations, most recently active first
     */
    public Page<AdminViews.Conversation> conversations(int page, int size, ConversationFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter.customerId().ifPresent(id -> {
            conditions.add("customer_id = ?");
            parameters.add(id);
        });
        filter.channel().ifPresent(channel -> {
            conditions.add("channel = ?");
            parameters.add(channel);
        });
        filter.status().ifPresent(status -> {
            conditions.add("status = ?");
            parameters.add(status);
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return page(page, size, "SELECT COUNT(*) FROM conversations" + where,
                "SELECT " + CONVERSATION_COLUMNS + " FROM conversations" + where + " ORDER BY updated_at DESC, id DESC",
                parameters, AdminQueries::conversation);
    }

    /**
     * @param id a conversation id
     * @return the conversation with its messages, oldest first, if it exists
     */
    public Optional<AdminViews.Transcript> transcript(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, turn_number, role, author, tool_name, content, created_at,"
                + " knowledge_decision, knowledge_confidence, knowledge_sources FROM messages WHERE conversation_id = ?1 ORDER BY id").setParameter(1, id).getResultList();
        List<AdminViews.Message> messages = rows.stream().map(r -> new AdminViews.Message(number(r[0]),
                (int) number(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], instant(r[6]), (String) r[7],
                r[8] == null ? null : ((Number) r[8]).doubleValue(), (String) r[9])).toList();
        return Optional.of(new AdminViews.Transcript(conversation(found.get(0)), messages));
    }

    /**
     * @param page page number from 0
     * @param size page size, 1 to {@value Page#MAX_SIZE}
     * @return tickets, newest first
     */
    public Page<AdminViews.Ticket> tickets(int page, int size) {
        return page(page, size, "SELECT COUNT(*) FROM tickets",
                "SELECT id, customer_id, conversation_id, subject, description, status, created_at FROM tickets"
                        + " ORDER BY id DESC",
                r -> new AdminViews.Ticket(number(r[0]), "#" + number(r[0]), number(r[1]),
                        r[2] == null ? null : number(r[2]), (String) r[3], (String) r[4], (String) r[5], instant(r[6])));
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
                (String) r[5], (int) number(r[6]), instant(r[7]), instant(r[8]), (String) r[9]);
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
