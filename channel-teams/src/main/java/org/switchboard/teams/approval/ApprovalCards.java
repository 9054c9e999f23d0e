package org.switchboard.teams.approval;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalStatus;

/**
 * The approvers' Adaptive Card for an {@link ApprovalRequest} (Adaptive Cards schema 1.4; Microsoft Teams "Universal
 * Actions for Adaptive Cards"), and the {@code message} activity that carries it to the Bot Connector (Bot Framework
 * REST API v3, "Activity schema", attachment content type {@value UniversalActionResponse#CARD}).
 * <p>
 * A pending request's card shows the tool, the exact arguments (the stored JSON, monospace; cut at
 * {@value #MAX_ARGUMENTS} characters with a note), the customer and conversation ids, when it was requested and when
 * it expires, and two {@code Action.Execute} actions: verb {@value #APPROVE} and verb {@value #DENY}, both with data
 * {@code {"approvalId": <id>}} (the shape {@link CardActionHandler} decides). A decided or expired request's card has
 * the same facts and the outcome, without actions. Every card has a {@code refresh} section ({@code Action.Execute},
 * verb {@value #REFRESH}, same data) so Teams asks for the current {@link #view} when the card is shown (automatic
 * refresh for conversations of up to 60 members; no {@code userIds} list).
 */
public final class ApprovalCards {

    /** Verb of the Approve action. */
    public static final String APPROVE = "approve";
    /** Verb of the Deny action. */
    public static final String DENY = "deny";
    /** Verb of the card's {@code refresh} action (Teams sends it when the card is viewed). */
    public static final String REFRESH = "refresh";
    /** Key of the request id in the actions' {@code data}. */
    public static final String APPROVAL_ID = "approvalId";
    /** Longest argument text shown, in characters. */
    static final int MAX_ARGUMENTS = 3000;

    private static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

    private ApprovalCards() {
    }

    /**
     * @param conversationId the conversation the activity is posted to
     * @param card           the card, from {@link #pending} or {@link #decided}
     * @param summary        the notification text (shown in the activity feed and where cards are not rendered)
     * @return a {@code message} activity with the card as its only attachment, for
     *         {@code POST {serviceUrl}/v3/conversations/{conversationId}/activities}
     */
    public static JsonObject activity(String conversationId, JsonObject card, String summary) {
        return JSON.createObjectBuilder()
                .add("type", "message")
                .add("channelId", "msteams")
                .add("conversation", JSON.createObjectBuilder().add("id", conversationId))
                .add("summary", summary)
                .add("attachments", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("contentType", UniversalActionResponse.CARD)
                        .add("content", card)))
                .build();
    }

    /**
     * @param request a request (any status)
     * @return one line naming the request and its tool, e.g. {@code Approval request #12: refund_order}
     */
    public static String summary(ApprovalRequest request) {
        return "Approval request #" + request.getId() + ": " + request.getToolName();
    }

    /**
     * @param request a pending request (its id assigned)
     * @return the card with the facts and the Approve/Deny actions
     */
    public static JsonObject pending(ApprovalRequest request) {
        JsonArrayBuilder body = facts(request)
                .add(text("Waiting for a decision.").add("isSubtle", true));
        JsonArrayBuilder actions = JSON.createArrayBuilder()
                .add(action("Approve", APPROVE, "positive", request.getId()))
                .add(action("Deny", DENY, "destructive", request.getId()));
        return card(body).add("actions", actions).add("refresh", refresh(request.getId())).build();
    }

    /**
     * The card a viewer gets on refresh.
     *
     * @param request  the request
     * @param approver whether the viewer may decide ({@code TEAMS_APPROVERS})
     * @param now      the current time
     * @return {@link #pending} for an approver while the request is pending; for anyone else the facts and "Waiting
     *         for a decision by an approver." without actions; {@link #decided} once decided or expired
     */
    public static JsonObject view(ApprovalRequest request, boolean approver, Instant now) {
        if (request.effectiveStatus(now) != ApprovalStatus.PENDING) {
            return decided(request, now);
        }
        if (approver) {
            return pending(request);
        }
        return card(facts(request).add(text("Waiting for a decision by an approver.").add("isSubtle", true)))
                .add("refresh", refresh(request.getId())).build();
    }

    /**
     * The card anyone but an approver in the approvers' conversation gets on refresh: the request's number and its
     * outcome only, never its tool, arguments, customer or conversation.
     *
     * @param request the request
     * @param now     the current time
     * @return a card with "Request #N" and the outcome ("Waiting for a decision by an approver." while pending)
     */
    public static JsonObject outcomeOnly(ApprovalRequest request, Instant now) {
        String outcome = request.effectiveStatus(now) == ApprovalStatus.PENDING
                ? "Waiting for a decision by an approver." : outcome(request, now);
        return card(JSON.createArrayBuilder()
                .add(text("Request #" + request.getId()).add("weight", "Bolder").add("size", "Medium"))
                .add(text(outcome)))
                .add("refresh", refresh(request.getId())).build();
    }

    /**
     * @param request a decided or expired request
     * @param now     the current time, to tell an expired request
     * @return the card with the facts and the outcome, without actions
     */
    public static JsonObject decided(ApprovalRequest request, Instant now) {
        return card(facts(request).add(text(outcome(request, now)).add("weight", "Bolder")))
                .add("refresh", refresh(request.getId())).build();
    }

    /**
     * @param request a request
     * @param now     the current time
     * @return who decided what and when and how the call went; or that it expired or still waits
     */
    static String outcome(ApprovalRequest request, Instant now) {
        ApprovalStatus status = request.effectiveStatus(now);
        return switch (status) {
            case APPROVED -> "Approved by " + request.getDecidedBy() + " at " + seconds(request.getDecidedAt())
                    + (request.getResultSuccess() == null ? "." : Boolean.TRUE.equals(request.getResultSuccess())
                    ? "; the call ran." : "; the call failed: " + request.getResult());
            case DENIED -> "Denied by " + request.getDecidedBy() + " at " + seconds(request.getDecidedAt())
                    + (request.getReason() == null ? "." : ": " + request.getReason());
            case EXPIRED -> "Expired at " + seconds(request.getExpiresAt()) + " without a decision.";
            case PENDING -> "Waiting for a decision.";
        };
    }

    private static JsonObjectBuilder card(JsonArrayBuilder body) {
        return JSON.createObjectBuilder()
                .add("type", "AdaptiveCard")
                .add("$schema", SCHEMA)
                .add("version", "1.4")
                .add("body", body);
    }

    private static JsonArrayBuilder facts(ApprovalRequest request) {
        String arguments = request.getArguments().toString();
        if (arguments.length() > MAX_ARGUMENTS) {
            arguments = arguments.substring(0, MAX_ARGUMENTS) + " … (cut; " + arguments.length() + " characters)";
        }
        return JSON.createArrayBuilder()
                .add(text(summary(request)).add("weight", "Bolder").add("size", "Medium"))
                .add(JSON.createObjectBuilder().add("type", "FactSet").add("facts", JSON.createArrayBuilder()
                        .add(fact("Tool", request.getToolName()))
                        .add(fact("Customer", "#" + request.getCustomerId()))
                        .add(fact("Conversation", "#" + request.getConversationId() + " (" + request.getChannel() + ")"))
                        .add(fact("Requested", seconds(request.getRequestedAt())))
                        .add(fact("Expires", seconds(request.getExpiresAt())))))
                .add(text("Arguments").add("weight", "Bolder"))
                .add(text(arguments).add("fontType", "Monospace"));
    }

    private static JsonObjectBuilder action(String title, String verb, String style, long approvalId) {
        return JSON.createObjectBuilder()
                .add("type", "Action.Execute")
                .add("title", title)
                .add("verb", verb)
                .add("style", style)
                .add("data", JSON.createObjectBuilder().add(APPROVAL_ID, approvalId));
    }

    private static JsonObjectBuilder refresh(long approvalId) {
        return JSON.createObjectBuilder().add("action", JSON.createObjectBuilder()
                .add("type", "Action.Execute")
                .add("verb", REFRESH)
                .add("data", JSON.createObjectBuilder().add(APPROVAL_ID, approvalId)));
    }

    private static JsonObjectBuilder text(String text) {
        return JSON.createObjectBuilder().add("type", "TextBlock").add("text", text).add("wrap", true);
    }

    private static JsonObjectBuilder fact(String title, String value) {
        return JSON.createObjectBuilder().add("title", title).add("value", value);
    }

    private static String seconds(Instant instant) {
        return instant == null ? "unknown" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
