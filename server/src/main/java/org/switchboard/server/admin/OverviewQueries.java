package org.switchboard.server.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Read-only SQL behind the console's overview ({@link Overview}): conversations per channel per day, deflection,
 * escalations, approval turnaround, reply latency, tool errors, CSAT and SLA, over whole UTC days ending today. Latency and
 * turnaround percentiles are computed over at most {@value #MAX_SAMPLES} most recent samples.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverviewQueries {

    static final int MAX_SAMPLES = 100_000;

    private static final String ESCALATED = "EXISTS (SELECT 1 FROM audit_entries a WHERE a.action = 'conversation.escalated'"
            + " AND a.subject = CONCAT('conversation:', c.id))";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * @param days length of the period, 1 to 366
     * @return the overview of the last {@code days} UTC days, today included
     * @throws IllegalArgumentException when days is out of range
     */
    public Overview overview(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days must be between 1 and 366");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(days - 1L);
        Timestamp from = Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant());

        List<Overview.DayCount> perDay = rows("SELECT DATE_FORMAT(created_at, '%Y-%m-%d'), channel, COUNT(*)"
                + " FROM conversations WHERE created_at >= ?1 GROUP BY 1, 2 ORDER BY 1, 2", from).stream()
                .map(r -> new Overview.DayCount((String) r[0], (String) r[1], number(r[2]))).toList();
        long conversations = perDay.stream().mapToLong(Overview.DayCount::conversations).sum();
        long deflected = count("SELECT COUNT(*) FROM conversations c WHERE c.created_at >= ?1"
                + " AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.role = 'AGENT')"
                + " AND NOT " + ESCALATED
                + " AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = c.id)", from);
        long escalations = count("SELECT COUNT(*) FROM audit_entries WHERE action = 'conversation.escalated'"
                + " AND occurred_at >= ?1", from);
        long escalatedConversations = count("SELECT COUNT(*) FROM conversations c WHERE c.created_at >= ?1 AND "
                + ESCALATED, from);
        long toolCalls = count("SELECT COUNT(*) FROM messages WHERE role = 'TOOL' AND created_at >= ?1"
                + " AND tool_name NOT LIKE 'transfer\\_to\\_%'", from);
        long toolErrors = count("SELECT COUNT(*) FROM messages WHERE role = 'TOOL' AND created_at >= ?1"
                + " AND tool_name NOT LIKE 'transfer\\_to\\_%' AND content LIKE CONCAT('%', CHAR(10), 'error: %')", from);

        return new Overview(days, IntStream.range(0, days).mapToObj(i -> first.plusDays(i).toString()).toList(),
                List.copyOf(new TreeSet<>(perDay.stream().map(Overview.DayCount::channel).toList())), perDay,
                conversations, deflected, conversations == 0 ? null : (double) deflected / conversations, escalations,
                escalatedConversations, approvals(from), latency(from), toolCalls, toolErrors, csat(from), sla(from),
                workload(from));
    }

    private Overview.Csat csat(Timestamp from) {
        List<Long> distribution = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
        for (Object[] r : rows("SELECT score, COUNT(*) FROM csat_requests WHERE requested_at >= ?1 AND score IS NOT NULL"
                + " GROUP BY score", from)) {
            distribution.set((int) number(r[0]) - 1, number(r[1]));
        }
        List<Overview.CsatGroup> byChannel = csatGroups("channel", from);
        List<Overview.CsatGroup> byResolver = csatGroups("CASE WHEN resolved_by_person THEN 'person' ELSE 'bot' END", from);
        long requested = byChannel.stream().mapToLong(Overview.CsatGroup::requested).sum();
        long rated = distribution.stream().mapToLong(Long::longValue).sum();
        Double average = rated == 0 ? null
                : IntStream.range(0, 5).mapToDouble(i -> (i + 1) * (double) distribution.get(i)).sum() / rated;
        return new Overview.Csat(requested, rated, average, distribution, byChannel, byResolver);
    }

    private List<Overview.CsatGroup> csatGroups(String group, Timestamp from) {
        return rows("SELECT " + group + ", COUNT(*), COUNT(score), AVG(score) FROM csat_requests WHERE requested_at >= ?1"
                + " GROUP BY 1 ORDER BY 1", from).stream()
                .map(r -> new Overview.CsatGroup((String) r[0], number(r[1]), number(r[2]),
                        r[3] == null ? null : ((Number) r[3]).doubleValue()))
                .toList();
    }

    private Overview.Sla sla(Timestamp from) {
        long[] seconds = samples("SELECT TIMESTAMPDIFF(SECOND, created_at, first_response_at) FROM tickets"
                + " WHERE first_response_at >= ?1 ORDER BY first_response_at DESC", from);
        Timestamp now = Timestamp.from(clock.instant());
        return new Overview.Sla(seconds.length, Percentiles.nearestRank(seconds, 50), Percentiles.nearestRank(seconds, 90),
                count("SELECT COUNT(*) FROM tickets WHERE first_response_breached_at >= ?1", from),
                count("SELECT COUNT(*) FROM tickets WHERE resolution_breached_at >= ?1", from),
                count("SELECT COUNT(*) FROM tickets WHERE status <> 'CLOSED' AND (resolution_due_at < ?1"
                        + " OR first_response_at IS NULL AND first_response_due_at < ?1)", now));
    }

    private List<Overview.Workload> workload(Timestamp from) {
        return rows("SELECT p.user_name, COALESCE(MAX(p.display_name), p.user_name), SUM(p.open_now), SUM(p.replies)"
                + " FROM (SELECT CONVERT(assignee USING utf8mb4) COLLATE utf8mb4_bin AS user_name, NULL AS display_name,"
                + " COUNT(*) AS open_now, 0 AS replies"
                + " FROM conversations WHERE assignee IS NOT NULL AND status IN ('WAITING_FOR_HUMAN', 'HANDED_OFF')"
                + " GROUP BY assignee"
                + " UNION ALL SELECT CONVERT(author USING utf8mb4) COLLATE utf8mb4_bin, MAX(author_name), 0, COUNT(*)"
                + " FROM messages"
                + " WHERE role = 'HUMAN' AND author IS NOT NULL AND created_at >= ?1 GROUP BY author) p"
                + " GROUP BY p.user_name ORDER BY 3 DESC, 4 DESC, 1", from).stream()
                .map(r -> new Overview.Workload((String) r[0], (String) r[1], number(r[2]), number(r[3])))
                .toList();
    }

    private Overview.Approvals approvals(Timestamp from) {
        long[] seconds = samples("SELECT TIMESTAMPDIFF(SECOND, requested_at, decided_at) FROM approval_requests"
                + " WHERE decided_at >= ?1 ORDER BY decided_at DESC", from);
        long pending = count("SELECT COUNT(*) FROM approval_requests WHERE status = 'PENDING' AND expires_at > ?1",
                Timestamp.from(clock.instant()));
        return new Overview.Approvals(seconds.length, pending, Percentiles.nearestRank(seconds, 50),
                Percentiles.nearestRank(seconds, 90));
    }

    private Overview.Latency latency(Timestamp from) {
        long[] millis = samples("SELECT TIMESTAMPDIFF(MICROSECOND, i.received_at, o.delivered_at) DIV 1000"
                + " FROM outbox_entries o JOIN inbox_entries i ON i.id = o.inbox_entry_id"
                + " WHERE o.delivered_at >= ?1 ORDER BY o.delivered_at DESC", from);
        return new Overview.Latency(millis.length, Percentiles.nearestRank(millis, 50), Percentiles.nearestRank(millis, 90));
    }

    private long[] samples(String sql, Timestamp from) {
        @SuppressWarnings("unchecked")
        List<Object> values = em.createNativeQuery(sql).setParameter(1, from).setMaxResults(MAX_SAMPLES).getResultList();
        return values.stream().filter(v -> v != null).mapToLong(OverviewQueries::number).map(v -> Math.max(0, v)).toArray();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Timestamp from) {
        return em.createNativeQuery(sql).setParameter(1, from).getResultList();
    }

    private long count(String sql, Timestamp parameter) {
        return number(em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
