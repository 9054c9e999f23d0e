package org.switchboard.server.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationService;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.outbox.OutboxService;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolRegistry;
import org.switchboard.core.tool.ToolResult;

/**
 * Test-only stand-in for a model turn (added to the WAR under test by {@link ApprovalIT}; the offline agent never
 * calls commerce tools): in one transaction, makes the model agent's call of {@link ApprovalTestPlugin#TOOL} for
 * a conversation and queues the tool's answer to the customer in that conversation, as a turn would.
 */
@Path("/it/conversations/{id}/refund")
@RequestScoped
public class ApprovalTriggerResource {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    ToolRegistry registry;

    @Inject
    OutboxService outbox;

    @Inject
    ConversationService conversations;

    /**
     * @param conversationId the conversation
     * @param orderId        the order to refund
     * @param amount         the amount
     * @return {@code {"success", "content", "data"}} of the tool call
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public JsonObject refund(@PathParam("id") long conversationId, @QueryParam("order") String orderId,
                             @QueryParam("amount") int amount) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        ToolCall call = new ToolCall(ApprovalTestPlugin.TOOL,
                Json.createObjectBuilder().add("order_id", orderId).add("amount", amount).build());
        ToolResult result = registry.forAgent(ToolRegistry.MODEL_AGENT).invoke(call,
                new ToolContext(conversation.customerId(), conversation.id(), conversation.getChannel()));
        conversations.append(new ConversationMessage(conversation.id(), conversation.getTurnCount(), MessageRole.AGENT,
                ToolRegistry.MODEL_AGENT, null, result.content(), null, Instant.now()));
        outbox.enqueue(null, conversationId, conversation.conversationRef(), result.content());
        return Json.createObjectBuilder().add("success", result.success()).add("content", result.content())
                .add("data", result.data()).build();
    }
}
