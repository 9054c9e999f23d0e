package org.switchboard.server.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolRegistry;
import org.switchboard.core.tool.ToolResult;

/**
 * Test-only stand-in for a model turn's tool call (added to the WAR under test by {@link CustomerToolsIT}): in one
 * transaction, as a turn would, calls a tool offered to the model agent with the given arguments for the verified
 * customer of a conversation.
 */
@Path("/it/conversations/{id}/tools/{tool}")
@RequestScoped
public class ToolTriggerResource {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    ToolRegistry registry;

    /**
     * @param conversationId the conversation whose customer the call is for
     * @param tool           the tool's name
     * @param arguments      the call's arguments
     * @return {@code {"success", "content", "data"}} of the tool call
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public JsonObject call(@PathParam("id") long conversationId, @PathParam("tool") String tool, JsonObject arguments) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        ToolResult result = registry.forAgent(ToolRegistry.MODEL_AGENT).invoke(new ToolCall(tool, arguments),
                new ToolContext(conversation.customerId(), conversation.id(), conversation.getChannel()));
        return Json.createObjectBuilder().add("success", result.success()).add("content", result.content())
                .add("data", result.data()).build();
    }
}
