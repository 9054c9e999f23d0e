package org.switchboard.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/inbox}: what became of each stored inbound message (answered, escalated with its ticket,
 * declined, suppressed with the reason, pending, failed). The replay commands read it to explain every message they
 * sent; support staff read it to see why a customer got no reply.
 */
@Path("/admin/inbox")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "What became of each inbound message")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class InboxResource {

    @Inject
    AdminQueries queries;

    /**
     * @param page    page number from 0
     * @param size    page size, 1 to 200
     * @param channel only this channel's messages (SLACK, TEAMS, EMAIL, any case), or none
     * @param since   only messages received at or after this ISO-8601 instant (e.g. {@code 2026-12-07T20:00:00Z}),
     *                or none
     * @return the messages' outcomes, oldest first
     */
    @GET
    @Operation(summary = "List inbound messages with their outcome", description = "Oldest first, paged; each "
            + "message with its outcome (PENDING, ANSWERED, ESCALATED with the ticket number, DECLINED, SUPPRESSED with "
            + "the reason, FAILED) and its reply's delivery status.")
    @APIResponse(responseCode = "200", description = "A page of message outcomes")
    @APIResponse(responseCode = "400", description = "Bad paging parameters, channel or instant")
    public Page<AdminViews.InboxOutcome> list(@QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("50") int size,
                                              @QueryParam("channel") String channel,
                                              @QueryParam("since") String since) {
        ReadOnlyResources.checkPage(page, size);
        ConversationFilter filter;
        Instant from;
        try {
            filter = ConversationFilter.parse(null, channel, null);
            from = since == null || since.isBlank() ? null : Instant.parse(since.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of(e instanceof DateTimeParseException
                            ? "since must be an ISO-8601 instant such as 2026-12-07T20:00:00Z" : e.getMessage()))
                    .build());
        }
        return queries.inboxOutcomes(page, size, filter.channel().orElse(null), from);
    }
}
