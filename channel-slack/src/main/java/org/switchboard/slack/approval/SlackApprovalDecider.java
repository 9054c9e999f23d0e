package org.switchboard.slack.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.switchboard.core.approval.ApprovalConflictException;
import org.switchboard.core.approval.ApprovalService;
import org.switchboard.core.approval.UnknownApprovalException;
import org.switchboard.core.privacy.Logs;
import org.switchboard.slack.config.SlackSettings;

/**
 * Turns a verified approval-button click into a decision. The user must be listed in {@code SLACK_APPROVER_IDS} and
 * the click must come from {@code SLACK_APPROVER_CHANNEL} (when configured); otherwise it is refused and audited.
 * The decision itself is {@link ApprovalService#approve}/{@link ApprovalService#deny} with the actor
 * {@code slack:<team>:<user>}, which runs an approved call once; a request already decided, expired or unknown
 * changes nothing and the user is told so in an ephemeral message.
 */
@ApplicationScoped
public class SlackApprovalDecider {

    /** What a click led to. */
    public enum Outcome {
        /** The request was approved and its call ran. */
        APPROVED,
        /** The request was denied. */
        DENIED,
        /** The user may not decide (or clicked outside the approvers' channel); audited. */
        REFUSED,
        /** Already decided, expired, unknown or malformed: nothing changed. */
        UNCHANGED
    }

    private static final Logger LOG = Logs.logger(SlackApprovalDecider.class);

    @Inject
    SlackSettings settings;

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalNotices notices;

    /**
     * @param click the click from a request whose signature was verified
     * @return what happened
     */
    public Outcome decide(ApprovalClick click) {
        if (!settings.approverIds().contains(click.userId())) {
            LOG.warning(() -> "Approval click by " + click.actor() + " refused: not in SLACK_APPROVER_IDS");
            notices.refused(click, "user not in SLACK_APPROVER_IDS");
            return Outcome.REFUSED;
        }
        Optional<String> channel = settings.approverChannel();
        if (channel.isPresent() && !channel.get().equals(click.channelId())) {
            LOG.warning(() -> "Approval click by " + click.actor() + " in channel " + click.channelId()
                    + " refused: not the approvers' channel");
            notices.refused(click, "clicked outside SLACK_APPROVER_CHANNEL (" + click.channelId() + ")");
            return Outcome.REFUSED;
        }
        long id;
        try {
            id = Long.parseLong(click.value() == null ? "" : click.value().strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> "Approval click by " + click.actor() + " with a malformed value refused");
            notices.unchanged(click, "This button does not belong to a known approval request; nothing was changed.");
            return Outcome.UNCHANGED;
        }
        try {
            if (click.approves()) {
                approvals.approve(id, click.actor(), null);
                return Outcome.APPROVED;
            }
            approvals.deny(id, click.actor(), null);
            return Outcome.DENIED;
        } catch (ApprovalConflictException e) {
            LOG.info(() -> "Approval click by " + click.actor() + " changed nothing: " + e.getMessage());
            notices.unchanged(click, "Approval request #" + id + " was already decided or has expired, so nothing"
                    + " was changed.");
        } catch (UnknownApprovalException e) {
            LOG.warning(() -> "Approval click by " + click.actor() + " for unknown request " + id);
            notices.unchanged(click, "There is no approval request #" + id + "; nothing was changed.");
        }
        return Outcome.UNCHANGED;
    }
}
