package org.switchboard.teams.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.switchboard.core.approval.ApprovalRequested;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.config.TeamsSettings;

/**
 * Queues the approvers' Adaptive Card in the core outbox when a tool call is held, inside the transaction that held
 * it ({@link ApprovalRequested} is fired synchronously there), so the card is exactly as durable as the request. The
 * card goes to the conversation {@code TEAMS_APPROVER_CONVERSATION_ID} at the Bot Connector
 * {@code TEAMS_APPROVER_SERVICE_URL}; when either is unset nothing is queued (said once at start-up; the admin API
 * and the other channels still show the request).
 */
@ApplicationScoped
public class TeamsApprovalNotifier {

    private static final Logger LOG = Logs.logger(TeamsApprovalNotifier.class);

    @Inject
    TeamsSettings settings;

    @Inject
    OutboxService outbox;

    /**
     * Logs at start-up whether approval cards are posted to Teams.
     *
     * @param startup the CDI start-up event
     */
    void onStartup(@Observes Startup startup) {
        if (target().isEmpty()) {
            LOG.info("TEAMS_APPROVER_CONVERSATION_ID and TEAMS_APPROVER_SERVICE_URL are not both set;"
                    + " approval requests are not posted to Teams");
        } else {
            LOG.info(() -> "Approval requests are posted as Adaptive Cards to the Teams conversation "
                    + settings.approverConversationId().orElseThrow());
        }
    }

    /**
     * Queues the card with the Approve/Deny actions.
     *
     * @param event the held request
     */
    void onRequested(@Observes ApprovalRequested event) {
        Optional<String[]> target = target();
        if (target.isEmpty()) {
            return;
        }
        outbox.enqueue(null, null, ApprovalCardRef.of(target.get()[0], target.get()[1], event.approvalId()),
                "Approval request #" + event.approvalId() + ": " + event.toolName());
    }

    /** @return the service URL and the conversation id, when both are configured */
    private Optional<String[]> target() {
        Optional<String> serviceUrl = settings.approverServiceUrl();
        Optional<String> conversation = settings.approverConversationId();
        if (serviceUrl.isEmpty() || conversation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[]{serviceUrl.get(), conversation.get()});
    }
}
