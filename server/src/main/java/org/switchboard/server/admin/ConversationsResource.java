package org.switchboard.server.admin;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.switchboard.core.conversation.ConversationControl;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.conversation.UnknownConversationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/conversations}: conversations and their transcripts. */
@Path("/admin/conversations")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "Conversations and their transcripts")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class ConversationsResource {

    @Inject
    AdminQueries queries;

    @Inject
    ConversationControl control;

    @Context
    SecurityContext security;

    /**
     * @param page page number from 0
     * @param size     page size, 1 to 200
     * @param customer only this customer's conversations (a customer id), or none
     * @param channel  only this channel's (SLACK, TEAMS, EMAIL), or none
     * @param status   only those in this status (OPEN, WAITING_FOR_HUMAN, HANDED_OFF, CLOSED), or none
     * @return conversations, most recently active first
     */
    @GET
    @Operation(summary = "List conversations", description = "Most recently active first, paged; optionally only "
            + "one customer's, one channel's or those in one status.")
    @APIResponse(responseCode = "200", description = "A page of conversations")
    @APIResponse(responseCode = "400", description = "Bad paging parameters, customer, channel or status")
    public Page<AdminViews.Conversation> list(@QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("50") int size,
                                              @QueryParam("customer") String customer,
                                              @QueryParam("channel") String channel,
                                              @QueryParam("status") String status) {
        ReadOnlyResources.checkPage(page, size);
        ConversationFilter filter;
        try {
            filter = ConversationFilter.parse(customer, channel, status);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return queries.conversations(page, size, filter);
    }

    /**
     * @param id a conversation id
     * @return the conversation and its messages (customer, agent and tool messages), oldest first
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a conversation's transcript", description = "Every message of the conversation "
            + "(customer, agent, tool calls), oldest first.")
    @APIResponse(responseCode = "200", description = "The transcript")
    @APIResponse(responseCode = "404", description = "No conversation with that id")
    public AdminViews.Transcript transcript(@PathParam("id") long id) {
        return queries.transcript(id).orElseThrow(() -> new NotFoundException(Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON).entity(ErrorBody.of("No conversation " + id)).build()));
    }

    /**
     * Changes a conversation's status through the escalation state machine.
     *
     * @param id     a conversation id
     * @param change {@code {"action": "take-over" | "hand-back" | "close" | "escalate" | "reopen", "reason": "..."}}
     * @return the conversation after the change
     */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take over, hand back or close a conversation", description = "hand-back returns an "
            + "escalated conversation to the bot (triage answers the next message); take-over marks it as handled by "
            + "a person; close ends it (a new customer message reopens it). Audited with the admin's name.")
    @APIResponse(responseCode = "200", description = "The conversation after the change")
    @APIResponse(responseCode = "400", description = "Unknown action")
    @APIResponse(responseCode = "404", description = "No conversation with that id")
    @APIResponse(responseCode = "409", description = "Not allowed from the conversation's current status")
    public AdminViews.Conversation changeStatus(@PathParam("id") long id, StatusChange change) {
        ConversationTransition transition;
        try {
            transition = ConversationTransition.ofAction(change == null ? null : change.action());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build());
        }
        try {
            control.apply(id, transition, security.getUserPrincipal().getName(), change.reason());
        } catch (UnknownConversationException e) {
            throw new NotFoundException(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build());
        } catch (IllegalStateException e) {
            throw new ClientErrorException(Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e.getMessage())).build());
        }
        return queries.transcript(id).orElseThrow().conversation();
    }

    /**
     * The body of a status change.
     *
     * @param action the transition's action name
     * @param reason why (recorded in the audit log and on the conversation), may be null
     */
    public record StatusChange(String action, String reason) {
    }
}
