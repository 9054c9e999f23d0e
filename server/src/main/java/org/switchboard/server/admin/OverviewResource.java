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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/overview}: the figures a support lead asks for, over the last N days (the console's overview). */
@Path("/admin/overview")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "Support figures over a period")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class OverviewResource {

    @Inject
    OverviewQueries queries;

    /**
     * @param days length of the period in whole UTC days, today included, 1 to 366 (default 14)
     * @return conversations per channel per day, deflection, escalations, approval turnaround, reply latency and
     *         tool errors over the period
     * @throws BadRequestException (400) when days is out of range
     */
    @GET
    @Operation(summary = "Support figures", description = "Conversations per channel per day, share resolved without"
            + " a human (deflection), escalations, approval turnaround p50/p90, reply latency p50/p90 (receipt to"
            + " delivery), tool calls and tool errors over the last N UTC days.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "days out of range")
    public Overview overview(@QueryParam("days") @DefaultValue("14") int days) {
        if (days < 1 || days > 366) {
            throw new BadRequestException("days must be between 1 and 366");
        }
        return queries.overview(days);
    }
}
