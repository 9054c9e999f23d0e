package org.switchboard.slack.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.switchboard.core.approval.ApprovalDecided;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalRequested;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;
import org.switchboard.slack.config.SlackSettings;

/**
 * Queues the approvers' Slack messages in the core outbox, inside the transaction that held or decided the request
 * (the events are fired synchronously there), so they are exactly as durable as the request: the message with the
 * buttons when a call is held, the decision when it is decided. Without {@code SLACK_APPROVER_CHANNEL} nothing is
 * queued (logged once per event at FINE; the admin API still lists the request).
 */
@ApplicationScoped
public class SlackApprovalNotifier {

    private static final Logger LOG = Logs.logger(SlackApprovalNotifier.class);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    SlackSettings settings;

    @Inject
    OutboxService outbox;

    @Inject
    Clock clock;

    /**
     * Queues the message with the Approve/Deny buttons.
     *
     * @param event the held request
     */
    void onRequested(@Observes ApprovalRequested event) {
        Optional<String> channel = settings.approverChannel();
        if (channel.isEmpty()) {
            LOG.fine(() -> "SLACK_APPROVER_CHANNEL is not set; approval request #" + event.approvalId()
                    + " is not posted to Slack");
            return;
        }
        ApprovalRequest request = em.find(ApprovalRequest.class, event.approvalId());
        outbox.enqueue(null, null, ApprovalOutboxRef.request(channel.get(), event.approvalId()),
                ApprovalMessages.summary(request));
    }

    /**
     * Queues the update that replaces the buttons by the decision.
     *
     * @param event the decision
     */
    void onDecided(@Observes ApprovalDecided event) {
        Optional<String> channel = settings.approverChannel();
        if (channel.isEmpty()) {
            return;
        }
        ApprovalRequest request = em.find(ApprovalRequest.class, event.approvalId());
        outbox.enqueue(null, null, ApprovalOutboxRef.decision(channel.get(), event.approvalId()),
                ApprovalMessages.summary(request) + "\n" + ApprovalMessages.decision(request, clock.instant()));
    }
}
