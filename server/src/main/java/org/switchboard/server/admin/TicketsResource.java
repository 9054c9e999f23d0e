package org.switchboard.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/tickets}: support tickets, newest first. */
@Path("/admin/tickets")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets", description = "Support tickets")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class TicketsResource {

    @Inject
    AdminQueries queries;

    /**
     * @param page page number from 0
     * @param size page size, 1 to 200
     * @return tickets, newest first
     */
    @GET
    @Operation(summary = "List tickets", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "A page of tickets")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<AdminViews.Ticket> list(@QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        ReadOnlyResources.checkPage(page, size);
        return queries.tickets(page, size);
    }
}
