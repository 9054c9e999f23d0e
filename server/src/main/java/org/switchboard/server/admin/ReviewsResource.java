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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.core.review.ReviewDraft;
import org.switchboard.core.review.ReviewService;
import org.switchboard.core.review.ReviewStatus;

/**
 * {@code /api/admin/reviews}: knowledge answers held by the review band ({@code SWITCHBOARD_REVIEW_BELOW}) and a
 * person's decision on each: approve (send the draft), edit (send the person's text instead) or reject (send
 * nothing). Sent replies go through the outbox, once; deciding a draft that was already decided answers 409 and
 * changes nothing.
 */
@Path("/admin/reviews")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Knowledge answers held for a person before they are sent")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class ReviewsResource {

    @Inject
    ReviewService reviews;

    @Context
    SecurityContext security;

    /**
     * @param status PENDING (default), APPROVED, EDITED or REJECTED
     * @param size   at most this many, 1 to 200
     * @return the drafts with that status, oldest first
     */
    @GET
    @Operation(summary = "List held answers", description = "Drafts with the given status (pending by default), oldest"
            + " first, with their text, confidence and the passage they rest on.")
    @APIResponse(responseCode = "200", description = "The drafts")
    @APIResponse(responseCode = "400", description = "Bad status or size")
    public List<Review> list(@QueryParam("status") @DefaultValue("PENDING") String status,
                             @QueryParam("size") @DefaultValue("50") int size) {
        if (size < 1 || size > 200) {
            throw new BadRequestException("size must be between 1 and 200");
        }
        ReviewStatus wanted;
        try {
            wanted = ReviewStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be PENDING, APPROVED, EDITED or REJECTED");
        }
        return reviews.list(wanted, size).stream().map(Review::of).toList();
    }

    /**
     * @param id the draft
     * @return the approved draft (its reply queued)
     */
    @POST
    @Path("{id}/approve")
    @Operation(summary = "Send a held answer as drafted")
    @APIResponse(responseCode = "200", description = "Approved; the reply is queued for the customer")
    @APIResponse(responseCode = "404", description = "No such draft")
    @APIResponse(responseCode = "409", description = "Already decided; nothing changed")
    public Review approve(@PathParam("id") long id) {
        return Review.of(reviews.approve(id, actor()));
    }

    /**
     * @param id   the draft
     * @param body {@code {"text": "..."}}: the reply to send instead
     * @return the edited draft (the new text queued)
     */
    @POST
    @Path("{id}/edit")
    @Operation(summary = "Send a person's version of a held answer")
    @RequestBody(description = "{\"text\": \"...\"}: the reply to send, 1 to 4000 characters", required = true)
    @APIResponse(responseCode = "200", description = "Edited; the new text is queued for the customer")
    @APIResponse(responseCode = "400", description = "No text, or longer than 4000 characters")
    @APIResponse(responseCode = "404", description = "No such draft")
    @APIResponse(responseCode = "409", description = "Already decided; nothing changed")
    public Review edit(@PathParam("id") long id, String body) {
        String text = member(body, "text");
        if (text == null) {
            throw new BadRequestException("the body must be a JSON object such as {\"text\": \"...\"}");
        }
        try {
            return Review.of(reviews.edit(id, actor(), text));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /**
     * @param id   the draft
     * @param body optional {@code {"reason": "..."}}, for the audit log
     * @return the rejected draft (nothing sent)
     */
    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a held answer", description = "Nothing is sent to the customer.")
    @RequestBody(description = "Optional: {\"reason\": \"...\"}, for the audit log", required = false)
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "404", description = "No such draft")
    @APIResponse(responseCode = "409", description = "Already decided; nothing changed")
    public Review reject(@PathParam("id") long id, String body) {
        return Review.of(reviews.reject(id, actor(), member(body, "reason")));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    /** A string member of an optional JSON object body, or null. */
    private static String member(String body, String name) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonObject json = JSON.createReader(new StringReader(body)).readObject();
            JsonValue value = json.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new BadRequestException(name + " must be a string");
            }
            return json.getString(name);
        } catch (JsonException | ClassCastException e) {
            throw new BadRequestException("the body must be a JSON object such as {\"" + name + "\": \"...\"}");
        }
    }

    /**
     * One held answer as the API shows it.
     *
     * @param id             draft id
     * @param status         PENDING, APPROVED, EDITED or REJECTED
     * @param conversationId the conversation
     * @param channel        the customer's channel
     * @param agent          the agent that drafted it
     * @param text           the drafted reply (plain text)
     * @param confidence     the answer's confidence, in [0, 1]
     * @param documentId     the article it rests on
     * @param section        the passage's section, or empty
     * @param createdAt      when it was held
     * @param sentText       what was sent (the draft or the edit), or null
     * @param decidedBy      who decided, or null
     * @param decidedAt      when, or null
     */
    public record Review(long id, String status, long conversationId, String channel, String agent, String text,
                         double confidence, String documentId, String section, Instant createdAt, String sentText,
                         String decidedBy, Instant decidedAt) {

        static Review of(ReviewDraft d) {
            return new Review(d.getId(), d.getStatus().name(), d.getConversationId(), d.getChannel().name(),
                    d.getAgentName(), d.getText(), d.getConfidence(), d.getDocumentId(), d.getSection(),
                    d.getCreatedAt(), d.getSentText(), d.getDecidedBy(), d.getDecidedAt());
        }
    }
}
