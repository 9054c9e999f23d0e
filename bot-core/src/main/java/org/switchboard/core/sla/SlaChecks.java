package org.switchboard.core.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.hours.BusinessHoursConfig;
import org.switchboard.core.hours.OpeningPhrase;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;

/**
 * One round of SLA bookkeeping, each step in its own short transaction (run by {@link SlaWatch}):
 * <ol>
 *   <li>first responses: an open ticket without one gets the time of the first transcript line of role
 *       {@code HUMAN} in its conversation at or after the ticket was opened;</li>
 *   <li>warnings: an open ticket whose first response or resolution is due within
 *       {@code switchboard.sla.warn-before} (env {@code SWITCHBOARD_SLA_WARN_BEFORE}, ISO-8601, default
 *       {@code PT15M}), or already overdue, and not met, is claimed ({@code FOR UPDATE SKIP LOCKED}, so two servers
 *       never warn twice), marked warned and an alert queued in the outbox in the same transaction: the team is told
 *       once. Where: {@code switchboard.sla.alert.channel} ({@code SWITCHBOARD_SLA_ALERT_CHANNEL}: slack, teams or
 *       email) and {@code switchboard.sla.alert.target} ({@code SWITCHBOARD_SLA_ALERT_TARGET}); without them the
 *       warning is only audited ({@code sla.at-risk});</li>
 *   <li>breaches: a target passed without being met gets its {@code *_breached_at} (a late first response: its own
 *       time), audited as {@code sla.breached}.</li>
 * </ol>
 */
@ApplicationScoped
public class SlaChecks {

    private static final Logger LOG = Logs.logger(SlaChecks.class);

    private static final String FIRST_RESPONSES = "UPDATE tickets t SET t.first_response_at = (SELECT MIN(m.created_at)"
            + " FROM messages m WHERE m.conversation_id = t.conversation_id AND m.role = 'HUMAN'"
            + " AND m.created_at >= t.created_at)"
            + " WHERE t.first_response_at IS NULL AND t.conversation_id IS NOT NULL AND t.first_response_due_at IS NOT NULL"
            + " AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = t.conversation_id AND m.role = 'HUMAN'"
            + " AND m.created_at >= t.created_at)";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    OutboxService outbox;

    @Inject
    AuditLog audit;

    @Inject
    BusinessHoursConfig businessHours;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<StaffAlertAddress> addresses;

    @Inject
    @ConfigProperty(name = "switchboard.sla.warn-before", defaultValue = "PT15M")
    String warnBefore;

    @Inject
    @ConfigProperty(name = "switchboard.sla.alert.channel")
    Optional<String> alertChannel;

    @Inject
    @ConfigProperty(name = "switchboard.sla.alert.target")
    Optional<String> alertTarget;

    /**
     * Records first responses from the transcript.
     *
     * @return how many tickets got their first response now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recordFirstResponses() {
        return em.createNativeQuery(FIRST_RESPONSES).executeUpdate();
    }

    /**
     * Records that a person first answered a conversation (for callers that know it at once, e.g. a reply sent from
     * the console); the ticket's transcript check finds the same time later otherwise.
     *
     * @param conversationId the conversation
     * @param at             when the person's message was sent
     * @return how many open tickets of the conversation got their first response now
     */
    @Transactional
    public int recordFirstHumanResponse(long conversationId, Instant at) {
        return em.createNativeQuery("UPDATE tickets SET first_response_at = ?1 WHERE conversation_id = ?2"
                        + " AND first_response_at IS NULL AND created_at <= ?1")
                .setParameter(1, Timestamp.from(at)).setParameter(2, conversationId).executeUpdate();
    }

    /**
     * Warns about one target at risk, if any.
     *
     * @param target which target
     * @return true when a ticket was warned about (call again), false when none is at risk
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean warnNext(SlaTarget target) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, priority, " + target.dueColumn() + " FROM tickets"
                        + " WHERE status <> 'CLOSED' AND " + target.dueColumn() + " IS NOT NULL AND " + target.dueColumn()
                        + " <= ?1 AND " + target.warnedColumn() + " IS NULL" + target.unmetCondition()
                        + " ORDER BY " + target.dueColumn() + " LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now.plus(Duration.parse(warnBefore))))
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        long ticket = ((Number) rows.get(0)[0]).longValue();
        String priority = (String) rows.get(0)[1];
        Instant due = ((Timestamp) rows.get(0)[2]).toInstant();
        em.createNativeQuery("UPDATE tickets SET " + target.warnedColumn() + " = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, ticket).executeUpdate();
        String text = alertText(ticket, priority, target, due, now);
        Optional<ConversationRef> address = alertAddress();
        address.ifPresent(ref -> outbox.enqueue(null, null, ref, text));
        audit.record("bot", "sla.at-risk", "ticket:" + ticket, target.words() + " due " + due
                + (address.isPresent() ? ", support team alerted" : ", no alert channel configured"));
        return true;
    }

    /**
     * Marks every target passed without being met.
     *
     * @param target which target
     * @return how many tickets were marked now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int markBreaches(SlaTarget target) {
        Timestamp now = Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM tickets WHERE " + target.breachedColumn() + " IS NULL"
                        + " AND " + target.dueColumn() + " < ?1 AND " + target.breachCondition() + " FOR UPDATE")
                .setParameter(1, now).getResultList();
        for (Number id : ids) {
            em.createNativeQuery("UPDATE tickets SET " + target.breachedColumn() + " = " + target.breachTime("?1")
                    + " WHERE id = ?2").setParameter(1, now).setParameter(2, id.longValue()).executeUpdate();
            audit.record("bot", "sla.breached", "ticket:" + id, target.words() + " target missed");
        }
        return ids.size();
    }

    private String alertText(long ticket, String priority, SlaTarget target, Instant due, Instant now) {
        String when = OpeningPhrase.describe(due, now, businessHours.hours());
        String state = due.isAfter(now) ? "is due " + when + " and is about to be missed"
                : "was due " + when + " and has been missed";
        return "SLA alert: the " + target.words() + " of ticket #" + ticket + " (" + priority.toLowerCase(Locale.ROOT)
                + " priority) " + state + ".";
    }

    private Optional<ConversationRef> alertAddress() {
        if (alertChannel.isEmpty() || alertChannel.get().isBlank() || alertTarget.isEmpty() || alertTarget.get().isBlank()) {
            return Optional.empty();
        }
        String wanted = alertChannel.get().strip().toUpperCase(Locale.ROOT);
        for (StaffAlertAddress a : addresses) {
            if (a.channel().name().equals(wanted)) {
                try {
                    return Optional.of(a.address(alertTarget.get().strip()));
                } catch (IllegalArgumentException e) {
                    LOG.warning(() -> "SWITCHBOARD_SLA_ALERT_TARGET is not a valid " + wanted + " address ("
                            + e.getMessage() + "); SLA alert only audited");
                    return Optional.empty();
                }
            }
        }
        LOG.warning(() -> "SWITCHBOARD_SLA_ALERT_CHANNEL " + Logs.neutralise(wanted, 40)
                + " names no channel of this server (slack, teams, email); SLA alert only audited");
        return Optional.empty();
    }
}
