package org.switchboard.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.core.plugin.AgentToolGrants;
import org.switchboard.core.plugin.PluginAdministration;

/** {@code /api/admin/agents}: which agent may use which tool. */
@Path("/admin/agents")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents", description = "Which agent may use which tool")
@SecurityRequirement(name = AdminApplication.SECURITY_SCHEME)
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class AgentsResource {

    @Inject
    PluginAdministration administration;

    @Context
    SecurityContext security;

    /** @return every agent with granted tools ({@code *} = all); an agent not listed may use none */
    @GET
    @Operation(summary = "List tool grants", description = "Tools each agent may use; '*' grants all. "
            + "An agent that is not listed may use no tool.")
    @APIResponse(responseCode = "200", description = "The grants")
    public List<AgentToolGrants> list() {
        return administration.agentTools();
    }

    /**
     * @param agent the agent's name
     * @param tools the tool names it may use ({@code ["*"]} for all, {@code []} for none)
     * @return the agent's grants after the change
     */
    @PUT
    @Path("{agent}/tools")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the tools an agent may use", description = "Replaces the agent's grants; "
            + "effective without a restart. Audited.")
    @APIResponse(responseCode = "200", description = "The agent's grants")
    @APIResponse(responseCode = "400", description = "Unknown tool names, as field errors")
    public AgentToolGrants grant(@PathParam("agent") String agent, List<String> tools) {
        return administration.grantTools(agent, new LinkedHashSet<>(tools == null ? List.of() : tools),
                security.getUserPrincipal().getName());
    }
}
