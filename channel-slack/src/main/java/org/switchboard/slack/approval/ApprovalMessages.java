package org.switchboard.slack.approval;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalStatus;

/**
 * The approvers' Slack message for an {@link ApprovalRequest}, in Block Kit (Slack "Block Kit" reference: section,
 * actions with two buttons, context): while pending, a summary of the exact held call and the buttons
 * {@value #APPROVE} (value = the request id) and {@value #DENY}; once decided, the same summary and who decided,
 * when, and the outcome, without buttons. Texts are mrkdwn with {@code & < >} escaped; a section's text is kept
 * under Slack's 3000-character limit.
 */
public final class ApprovalMessages {

    /** action_id of the Approve button. */
    public static final String APPROVE = "switchboard_approval_approve";
    /** action_id of the Deny button. */
    public static final String DENY = "switchboard_approval_deny";
    /** block_id of the actions block. */
    public static final String ACTIONS_BLOCK = "switchboard_approval_actions";

    private static final int MAX_SECTION = 2900;
    private static final int MAX_ARGUMENTS = 1500;
    private static final String SLACK_ACTOR = "slack:";

    private ApprovalMessages() {
    }

    /**
     * @param request a request (any status)
     * @return the notification / fallback text: which call waits for whom
     */
    public static String summary(ApprovalRequest request) {
        String args = request.getArguments().toString();
        if (args.length() > MAX_ARGUMENTS) {
            args = args.substring(0, MAX_ARGUMENTS) + "…";
        }
        String text = "*Approval request #" + request.getId() + "*: `" + escape(request.getToolName()) + "`"
                + "\nArguments: `" + escape(args) + "`"
                + "\nFor customer #" + request.getCustomerId() + " (conversation #" + request.getConversationId()
                + ", " + request.getChannel() + ")"
                + "\nRequested " + request.getRequestedAt().truncatedTo(ChronoUnit.SECONDS)
                + ", expires " + request.getExpiresAt().truncatedTo(ChronoUnit.SECONDS);
        return text.length() > MAX_SECTION ? text.substring(0, MAX_SECTION) + "…" : text;
    }

    /**
     * @param request a pending request
     * @return the summary and the Approve/Deny buttons
     */
    public static List<LayoutBlock> pending(ApprovalRequest request) {
        String id = Long.toString(request.getId());
        return List.of(
                section(s -> s.text(markdownText(summary(request)))),
                actions(a -> a.blockId(ACTIONS_BLOCK).elements(List.of(
                        button(b -> b.actionId(APPROVE).value(id).style("primary").text(plainText("Approve"))),
                        button(b -> b.actionId(DENY).value(id).style("danger").text(plainText("Deny")))))));
    }

    /**
     * @param request a decided (or expired) request
     * @param now     the current time, to tell an expired request
     * @return the summary and the decision, without buttons
     */
    public static List<LayoutBlock> decided(ApprovalRequest request, Instant now) {
        return List.of(section(s -> s.text(markdownText(summary(request)))),
                context(c -> c.elements(List.of(markdownText(decision(request, now))))));
    }

    /**
     * @param request a request
     * @param now     the current time
     * @return one line: who decided what and when, and how the call went; or that it expired or still waits
     */
    public static String decision(ApprovalRequest request, Instant now) {
        ApprovalStatus status = request.effectiveStatus(now);
        return switch (status) {
            case APPROVED -> ":white_check_mark: Approved by " + actor(request.getDecidedBy()) + " at "
                    + request.getDecidedAt().truncatedTo(ChronoUnit.SECONDS)
                    + (request.getResultSuccess() == null ? "" : Boolean.TRUE.equals(request.getResultSuccess())
                    ? "; the call ran." : "; the call failed: " + escape(shorten(request.getResult())));
            case DENIED -> ":no_entry: Denied by " + actor(request.getDecidedBy()) + " at "
                    + request.getDecidedAt().truncatedTo(ChronoUnit.SECONDS)
                    + (request.getReason() == null ? "" : ": " + escape(shorten(request.getReason())));
            case EXPIRED -> ":hourglass: Expired at " + request.getExpiresAt().truncatedTo(ChronoUnit.SECONDS)
                    + " without a decision.";
            case PENDING -> "Waiting for a decision.";
        };
    }

    /**
     * @param decidedBy the stored actor: {@code slack:<team>:<user>} for a Slack approver, else an admin name
     * @return a Slack mention for a Slack approver, the escaped name otherwise
     */
    static String actor(String decidedBy) {
        if (decidedBy != null && decidedBy.startsWith(SLACK_ACTOR)) {
            String user = decidedBy.substring(decidedBy.lastIndexOf(':') + 1);
            return "<@" + user + ">";
        }
        return escape(decidedBy == null ? "unknown" : decidedBy);
    }

    /** Escapes the three characters Slack mrkdwn reserves ("Formatting text for app surfaces"). */
    static String escape(String text) {
        return org.switchboard.slack.events.SlackText.escape(text);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
