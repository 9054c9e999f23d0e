package org.switchboard.server.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.switchboard.core.conversation.ConversationControl;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.conversation.UnknownConversationException;
import org.switchboard.core.people.HumanReplies;
import org.switchboard.server.security.AdminIdentityStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/conversations}: conversations and their transcripts. */
@Path("/admin/conversations")
@RequestScoped
@RolesAllowed({AdminIdentityStore.ADMIN_ROLE, AdminIdentityStore.SUPPORT_AGENT_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "Conversations and their transcripts")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class ConversationsResource {

    @Inject
    AdminQueries queries;

    @Inject
    ConversationControl control;

    @Inject
    HumanReplies humanReplies;

    @Inject
    SignedInPeople signedIn;

    @Context
    SecurityContext security;

    /**
     * @param page page number from 0
     * @param size     page size, 1 to 200
     * @param customer only this customer's conversations (a customer id), or none
     * @param channel  only this channel's (SLACK, TEAMS, EMAIL), or none
     * @param status   only those in this status (OPEN, WAITING_FOR_HUMAN, HANDED_OFF, CLOSED), or none
     * @param sort     {@code recent} (default: most recently active first) or {@code waiting} (the conversations
     *                 whose customer waits for an answer first, the longest-waiting first; then the rest, recent first)
     * @return conversations in that order
     */
    @GET
    @Operation(summary = "List conversations", description = "Most recently active first (sort=recent) or "
            + "longest-waiting customer first (sort=waiting), paged; optionally only one customer's, one channel's or "
            + "those in one status.")
    @APIResponse(responseCode = "200", description = "A page of conversations")
    @APIResponse(responseCode = "400", description = "Bad paging parameters, customer, channel or status")
    public Page<AdminViews.Conversation> list(@QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("50") int size,
                                              @QueryParam("customer") String customer,
                                              @QueryParam("channel") String channel,
                                              @QueryParam("status") String status,
                                              @QueryParam("sort") @DefaultValue("recent") String sort) {
        ReadOnlyResources.checkPage(page, size);
        if (!sort.equals("recent") && !sort.equals("waiting")) {
            throw ErrorResponses.badRequest("sort must be 'recent' or 'waiting'");
        }
        ConversationFilter filter;
        try {
            filter = ConversationFilter.parse(customer, channel, status);
        } catch (IllegalArgumentException e) {
            throw ErrorResponses.badRequest(e.getMessage());
        }
        return queries.conversations(page, size, filter, sort.equals("waiting"));
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
        return queries.transcript(id).orElseThrow(() -> ErrorResponses.notFound("No conversation " + id));
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
            + "escalated conversation to the bot (triage answers the next message) with a summary line in the "
            + "transcript; take-over assigns it to the signed-in person; close ends it (a new customer message reopens"
            + " it). Audited with the person's user name.")
    @APIResponse(responseCode = "200", description = "The conversation after the change")
    @APIResponse(responseCode = "400", description = "Unknown action")
    @APIResponse(responseCode = "404", description = "No conversation with that id")
    @APIResponse(responseCode = "409", description = "Not allowed from the conversation's current status")
    public AdminViews.Conversation changeStatus(@PathParam("id") long id, StatusChange change) {
        ConversationTransition transition = answered(() ->
                ConversationTransition.ofAction(change == null ? null : change.action()));
        answered(() -> control.apply(id, transition, signedIn.of(security), change.reason()));
        return queries.transcript(id).orElseThrow().conversation();
    }

    /**
     * Sends the signed-in person's reply to the customer through the outbox, on the conversation's channel.
     *
     * @param id   a conversation that is WAITING_FOR_HUMAN (taken over by this person first) or HANDED_OFF
     * @param body {@code {"text": "...", "requestKey": "..."}}: text 1 to 4000 characters; the optional request key
     *             (1 to 64 of {@code A-Z a-z 0-9 - _ .}) makes a retried request answer the first one's ids instead of
     *             queueing the reply again
     * @return the transcript line's and the outbox entry's ids, and whether this request queued it
     */
    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to the customer", description = "Queued in the outbox with the same delivery "
            + "guarantees as the bot's replies (Slack thread, Teams conversation, threaded email with the ticket tag); "
            + "stored as a HUMAN line with the person's name. A conversation waiting for a person is taken over first. "
            + "The same requestKey again in the same conversation queues nothing (queued: false).")
    @APIResponse(responseCode = "200", description = "Queued")
    @APIResponse(responseCode = "400", description = "No text, or longer than 4000 characters")
    @APIResponse(responseCode = "404", description = "No conversation with that id")
    @APIResponse(responseCode = "409", description = "The conversation is OPEN (the bot answers) or CLOSED")
    public HumanReplies.Sent reply(@PathParam("id") long id, Text body) {
        return answered(() -> humanReplies.reply(id, signedIn.of(security), body == null ? null : body.text(),
                body == null ? null : body.requestKey()));
    }

    /**
     * Stores an internal note: never sent to the customer, never shown to the bot's agents.
     *
     * @param id   a conversation (any status)
     * @param body {@code {"text": "..."}}, 1 to 4000 characters
     * @return the note's transcript line id, as {@code {"messageId": n}}
     */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal note", description = "Stored as a NOTE line with the person's name; never "
            + "sent.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "No text, or longer than 4000 characters")
    @APIResponse(responseCode = "404", description = "No conversation with that id")
    public NoteStored note(@PathParam("id") long id, Text body) {
        return new NoteStored(answered(() -> humanReplies.note(id, signedIn.of(security),
                body == null ? null : body.text())));
    }

    /**
     * Runs a step of a conversation change and answers its refusals: a bad action or text 400, an unknown
     * conversation 404, a change the conversation's status does not allow 409.
     */
    private static <T> T answered(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw ErrorResponses.badRequest(e.getMessage());
        } catch (UnknownConversationException e) {
            throw ErrorResponses.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw ErrorResponses.conflict(e.getMessage());
        }
    }

    /**
     * The body of a reply or note.
     *
     * @param text       the text
     * @param requestKey for a reply, an optional idempotency key chosen by the caller; ignored for a note
     */
    public record Text(String text, String requestKey) {
    }

    /**
     * A stored note.
     *
     * @param messageId its transcript line
     */
    public record NoteStored(long messageId) {
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
