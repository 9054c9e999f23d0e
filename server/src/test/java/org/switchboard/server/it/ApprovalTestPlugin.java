package org.switchboard.server.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.tool.ConditionalApproval;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/**
 * Test-only plugin (added to the WAR under test by {@link ApprovalIT}) with one {@link ToolRisk#NEEDS_APPROVAL}
 * tool: a refund that needs approval above {@value #THRESHOLD}. Each run leaves an audit entry
 * ({@value #EXECUTED}) in the caller's transaction, so the test can count runs in the database across restarts.
 */
@ApplicationScoped
public class ApprovalTestPlugin implements ToolPlugin, ConditionalApproval {

    /** The tool's name. */
    static final String TOOL = "refund_test_order";
    /** Audit action written each time the tool runs. */
    static final String EXECUTED = "test.refund.executed";
    /** Refunds above this amount need approval. */
    static final int THRESHOLD = 500;

    @Inject
    AuditLog audit;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("approval-test", "0.0.1", "Test plugin with a refund that needs approval.");
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(new ToolDefinition(TOOL, "Refunds an order.", Json.createObjectBuilder().add("type", "object")
                .build(), ToolRisk.NEEDS_APPROVAL));
    }

    @Override
    public boolean requiresApproval(ToolCall call, ToolContext context) {
        return call.arguments().getInt("amount") > THRESHOLD;
    }

    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        String order = call.arguments().getString("order_id");
        int amount = call.arguments().getInt("amount");
        audit.record("approval-test", EXECUTED, "order:" + order, "amount " + amount + " for customer "
                + context.customerId().value());
        return ToolResult.ok("Order " + order + " was refunded $" + amount + ".", null);
    }
}
