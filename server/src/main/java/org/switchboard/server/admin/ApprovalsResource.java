package org.switchboard.server.admin;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalService;

/**
 * {@code /api/admin/approvals}: tool calls held for a human's approval, and the approvers' decisions. Deciding a
 * request that was already decided, or has expired, answers 409 and changes nothing.
 */
@Path("/admin/approvals")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals", description = "Tool calls waiting for a human's approval")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class ApprovalsResource {

    @Inject
    ApprovalService approvals;

    @Context
    SecurityContext security;

    /**
     * @param size at most this many, 1 to 200
     * @return the requests, pending first (oldest first), then decided ones (newest first)
     */
    @GET
    @Operation(summary = "List approval requests",
            description = "Pending requests first (oldest first), with tool, exact arguments, customer and age; then"
                    + " decided and expired ones, newest first.")
    @APIResponse(responseCode = "200", description = "The approval requests")
    @APIResponse(responseCode = "400", description = "Bad size")
    public List<Approval> list(@QueryParam("size") @DefaultValue("50") int size) {
        if (size < 1 || size > 200) {
            throw new BadRequestException("size must be between 1 and 200");
        }
        Instant now = approvals.now();
        return approvals.list(size).stream().map(request -> Approval.of(request, now)).toList();
    }

    /**
     * @param id   the request
     * @param body optional {@code {"reason": "..."}}
     * @return the approved request with the call's result
     */
    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a request", description = "Runs the exact stored call once and sends the result to"
            + " the customer in their conversation.")
    @RequestBody(description = "Optional: {\"reason\": \"...\"}", required = false)
    @APIResponse(responseCode = "200", description = "Approved; the call ran")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already decided or expired; nothing changed")
    public Approval approve(@PathParam("id") long id, String body) {
        ApprovalRequest request = approvals.approve(id, actor(), reason(body));
        return Approval.of(request, approvals.now());
    }

    /**
     * @param id   the request
     * @param body optional {@code {"reason": "..."}}, told to the customer
     * @return the denied request
     */
    @POST
    @Path("{id}/deny")
    @Operation(summary = "Deny a request", description = "The call never runs; the customer is told politely.")
    @RequestBody(description = "Optional: {\"reason\": \"...\"}, told to the customer", required = false)
    @APIResponse(responseCode = "200", description = "Denied")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already decided or expired; nothing changed")
    public Approval deny(@PathParam("id") long id, String body) {
        ApprovalRequest request = approvals.deny(id, actor(), reason(body));
        return Approval.of(request, approvals.now());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonObject json = JSON.createReader(new StringReader(body)).readObject();
            JsonValue reason = json.get("reason");
            if (reason == null || reason.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (reason.getValueType() != JsonValue.ValueType.STRING) {
                throw new BadRequestException("reason must be a string");
            }
            return json.getString("reason");
        } catch (JsonException | ClassCastException e) {
            throw new BadRequestException("the body must be a JSON object such as {\"reason\": \"...\"}");
        }
    }

    /**
     * One approval request as the API shows it.
     *
     * @param id             request id
     * @param status         PENDING, APPROVED, DENIED or EXPIRED (a pending request past its expiry)
     * @param tool           the tool's name
     * @param arguments      the exact arguments of the call
     * @param customerId     the customer it is for
     * @param conversationId the conversation it came from
     * @param channel        the customer's channel
     * @param requestedAt    when it was held
     * @param ageSeconds     how long ago that was
     * @param expiresAt      when it can no longer be decided
     * @param decidedBy      who decided, or null
     * @param decidedAt      when, or null
     * @param reason         the approver's note, or null
     * @param result         the approved call's result text, or null
     * @param resultSuccess  whether the approved call succeeded, or null
     */
    public record Approval(long id, String status, String tool, JsonObject arguments, long customerId,
                           long conversationId, String channel, Instant requestedAt, long ageSeconds,
                           Instant expiresAt, String decidedBy, Instant decidedAt, String reason, String result,
                           Boolean resultSuccess) {

        static Approval of(ApprovalRequest r, Instant now) {
            return new Approval(r.getId(), r.effectiveStatus(now).name(), r.getToolName(), r.getArguments(),
                    r.getCustomerId(), r.getConversationId(), r.getChannel().name(), r.getRequestedAt(),
                    Math.max(0, Duration.between(r.getRequestedAt(), now).toSeconds()), r.getExpiresAt(),
                    r.getDecidedBy(), r.getDecidedAt(), r.getReason(), r.getResult(), r.getResultSuccess());
        }
    }
}
