package org.switchboard.teams.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.approval.ApprovalConflictException;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalService;
import org.switchboard.core.approval.UnknownApprovalException;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.activity.TeamsActivity;
import org.switchboard.teams.activity.TeamsRefs;
import org.switchboard.teams.config.TeamsSettings;

/**
 * Decides approvals from Adaptive Card actions. Verbs: {@code approve}, {@code deny} (case-insensitive); data:
 * {@code approvalId} (number), optional {@code reason}. Verb {@code refresh} (sent by Teams when an approvers' card
 * is shown) decides nothing and answers the request's current card ({@link ApprovalCards#view}) to an approver in the
 * approvers' conversation, and only the outcome ({@link ApprovalCards#outcomeOnly}) to anyone else or anywhere else, so
 * a card forwarded or an id guessed shows no tool, arguments or customer. An approver is a person whose
 * {@code from.aadObjectId} is in {@code TEAMS_APPROVERS} <em>and</em> whose activity comes from one of the approver
 * tenants ({@link TeamsSettings#approverTenants()}; issue 19: an object id seen in another tenant decides nothing).
 * A refused decision is logged (values neutralised) and audited as {@code teams.approval-refused}. The actor recorded
 * in the approval and the audit log is {@code teams:<aadObjectId>}.
 */
@ApplicationScoped
public class CardActionHandler {

    private static final Logger LOG = Logs.logger(CardActionHandler.class);

    @Inject
    ApprovalService approvals;

    @Inject
    TeamsSettings settings;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /**
     * @param action the normalized invoke
     * @return the Universal Action response body (always sent with HTTP 200, as the contract requires)
     */
    public JsonObject handle(TeamsActivity.CardAction action) {
        String verb = action.verb() == null ? "" : action.verb().toLowerCase(Locale.ROOT);
        if (verb.equals(ApprovalCards.REFRESH) && action.approvalId() != null) {
            return refresh(action);
        }
        if (!verb.equals("approve") && !verb.equals("deny")) {
            return UniversalActionResponse.error(400, "UnsupportedAction",
                    "This card action is not supported by the support bot.");
        }
        if (action.approvalId() == null) {
            return UniversalActionResponse.error(400, "BadRequest", "The card does not name an approval request.");
        }
        String notApprover = whyNotApprover(action);
        if (notApprover != null) {
            String who = Logs.neutralise(String.valueOf(action.actorAadObjectId()), 100);
            String tenant = Logs.neutralise(String.valueOf(tenantOf(action)), 100);
            LOG.warning(() -> "Teams user " + who + " of tenant " + tenant + " tried to " + verb + " approval "
                    + action.approvalId() + " but " + notApprover);
            audit.record("teams:" + who, "teams.approval-refused", "approval:" + action.approvalId(),
                    verb + " refused: " + notApprover + " (tenant " + tenant + ")");
            return UniversalActionResponse.error(400, "NotAuthorized",
                    "You are not an approver for support requests.");
        }
        String actor = "teams:" + action.actorAadObjectId();
        try {
            ApprovalRequest decided = verb.equals("approve")
                    ? approvals.approve(action.approvalId(), actor, action.reason())
                    : approvals.deny(action.approvalId(), actor, action.reason());
            String who = action.actorName() == null ? actor : action.actorName();
            return UniversalActionResponse.card("Request #" + decided.getId() + ": " + decided.getToolName(),
                    (verb.equals("approve") ? "Approved by " : "Denied by ") + who + ".",
                    decided.getResult() == null ? "The customer has been told." : "Result: " + decided.getResult());
        } catch (UnknownApprovalException e) {
            return UniversalActionResponse.error(400, "NotFound", "There is no approval request #" + action.approvalId() + ".");
        } catch (ApprovalConflictException e) {
            return UniversalActionResponse.error(400, "Conflict", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Deciding approval " + action.approvalId() + " from Teams failed", e);
            return UniversalActionResponse.error(500, "InternalError", "The decision could not be recorded; try again.");
        }
    }

    /**
     * @return null when the actor is an approver ({@code TEAMS_APPROVERS}) acting from an approver tenant, else why not
     */
    private String whyNotApprover(TeamsActivity.CardAction action) {
        if (action.actorAadObjectId() == null || !settings.approvers().contains(action.actorAadObjectId())) {
            return "is not in TEAMS_APPROVERS";
        }
        if (settings.approverTenants().isEmpty()) {
            return "no approver tenant is configured (TEAMS_APPROVER_TENANTS or MICROSOFT_APP_TENANT_ID)";
        }
        String tenant = tenantOf(action);
        if (tenant == null || !settings.approverTenants().contains(tenant)) {
            return "the activity comes from a tenant that is not an approver tenant";
        }
        return null;
    }

    private static String tenantOf(TeamsActivity.CardAction action) {
        return action.conversation() == null ? null : action.conversation().attribute(TeamsRefs.TENANT_ID);
    }

    /**
     * Whether the invoke comes from the approvers' conversation ({@code TEAMS_APPROVER_CONVERSATION_ID}); a channel
     * thread's id ({@code 19:...@thread.tacv2;messageid=...}) counts as its channel.
     */
    private boolean inApproversConversation(TeamsActivity.CardAction action) {
        String id = action.conversation() == null ? null : action.conversation().attribute(TeamsRefs.CONVERSATION_ID);
        return id != null && settings.approverConversationId()
                .filter(configured -> id.equals(configured) || id.startsWith(configured + ";")).isPresent();
    }

    private JsonObject refresh(TeamsActivity.CardAction action) {
        try {
            ApprovalRequest request = em.find(ApprovalRequest.class, action.approvalId());
            if (request == null) {
                return UniversalActionResponse.error(400, "NotFound", "There is no approval request #"
                        + action.approvalId() + ".");
            }
            boolean approver = whyNotApprover(action) == null;
            if (approver && inApproversConversation(action)) {
                return UniversalActionResponse.card(ApprovalCards.view(request, true, approvals.now()));
            }
            String who = Logs.neutralise(String.valueOf(action.actorAadObjectId()), 100);
            LOG.info(() -> "Teams card refresh of approval " + action.approvalId() + " by " + who + " answered with"
                    + " the outcome only: " + (approver ? "not in the approvers' conversation" : "not an approver"));
            return UniversalActionResponse.card(ApprovalCards.outcomeOnly(request, approvals.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Refreshing the Teams card of approval " + action.approvalId() + " failed", e);
            return UniversalActionResponse.error(500, "InternalError", "The card could not be refreshed.");
        }
    }
}
