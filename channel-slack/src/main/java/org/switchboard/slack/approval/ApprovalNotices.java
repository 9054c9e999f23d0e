package org.switchboard.slack.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.outbox.OutboxService;

/**
 * What a clicking user is told when their click changes nothing, each in its own transaction (the decision's, if
 * any, was rolled back): an ephemeral message queued in the outbox, and, for a refusal, an audit entry
 * ({@code approval.refused}). Nothing is queued when the click carries no channel.
 */
@ApplicationScoped
public class ApprovalNotices {

    @Inject
    OutboxService outbox;

    @Inject
    AuditLog audit;

    /**
     * Refuses a click by someone who may not decide, audited.
     *
     * @param click the click
     * @param why   the reason, for the audit trail (e.g. not in {@code SLACK_APPROVER_IDS})
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(ApprovalClick click, String why) {
        audit.record(shorten(click.actor()), "approval.refused", "approval:" + shorten(click.value()),
                (click.approves() ? "approve" : "deny") + " refused: " + why);
        tell(click, "Sorry, you are not allowed to decide approval requests, so nothing was changed. "
                + "Please ask one of the configured approvers.");
    }

    /**
     * Tells the user that their click could not be taken (already decided, expired, unknown request).
     *
     * @param click the click
     * @param text  the message
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void unchanged(ApprovalClick click, String text) {
        tell(click, text);
    }

    /** Keeps what the clicking request carried within the audit columns (200 characters). */
    static String shorten(String text) {
        if (text == null) {
            return "?";
        }
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private void tell(ApprovalClick click, String text) {
        if (click.channelId() != null) {
            outbox.enqueue(null, null, ApprovalOutboxRef.ephemeral(click.channelId(), click.userId()), text);
        }
    }
}
