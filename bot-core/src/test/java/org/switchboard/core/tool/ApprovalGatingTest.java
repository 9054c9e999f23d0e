package org.switchboard.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;

/** How {@link ToolRegistry} hands {@link ToolRisk#NEEDS_APPROVAL} calls to the {@link ApprovalGate}. */
class ApprovalGatingTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(42), new ConversationId(7), Channel.SLACK);
    private static final JsonObject NO_PARAMETERS = Json.createObjectBuilder().add("type", "object").build();
    private static final ToolCall BIG_REFUND = new ToolCall("refund",
            Json.createObjectBuilder().add("amount", 900).add("order", "#W1").build());
    private static final ToolCall SMALL_REFUND = new ToolCall("refund",
            Json.createObjectBuilder().add("amount", 20).add("order", "#W1").build());

    @Test
    void aNeedsApprovalCallIsHeldWithItsExactArgumentsAndDoesNotRun() {
        RefundPlugin plugin = new RefundPlugin();
        RecordingGate gate = new RecordingGate();

        ToolResult result = registry(plugin, gate).invoke(BIG_REFUND, CONTEXT);

        assertThat(result.content()).isEqualTo("held");
        assertThat(plugin.executed).isEmpty();
        assertThat(gate.held).containsExactly(BIG_REFUND);
    }

    @Test
    void conditionalApprovalLetsCallsBelowTheThresholdRunAtOnce() {
        RefundPlugin plugin = new ConditionalRefundPlugin();
        RecordingGate gate = new RecordingGate();
        ToolRegistry registry = registry(plugin, gate);

        assertThat(registry.invoke(SMALL_REFUND, CONTEXT).content()).isEqualTo("refunded 20");
        assertThat(registry.invoke(BIG_REFUND, CONTEXT).content()).isEqualTo("held");

        assertThat(plugin.executed).containsExactly(SMALL_REFUND);
        assertThat(gate.held).containsExactly(BIG_REFUND);
    }

    @Test
    void anApprovedCallRunsWithoutBeingHeldAgain() {
        RefundPlugin plugin = new RefundPlugin();
        RecordingGate gate = new RecordingGate();

        ToolResult result = registry(plugin, gate).invokeApproved(BIG_REFUND, CONTEXT);

        assertThat(result.success()).isTrue();
        assertThat(result.content()).isEqualTo("refunded 900");
        assertThat(plugin.executed).containsExactly(BIG_REFUND);
        assertThat(gate.held).isEmpty();
    }

    @Test
    void agentsSeeTheHeldResultThroughTheirOwnInvoker() {
        RefundPlugin plugin = new RefundPlugin();
        RecordingGate gate = new RecordingGate();

        ToolResult result = registry(plugin, gate).forAgent(ToolRegistry.DEFAULT_AGENT).invoke(BIG_REFUND, CONTEXT);

        assertThat(result.content()).isEqualTo("held");
        assertThat(plugin.executed).isEmpty();
    }

    @Test
    void withoutAnApprovalEngineTheCallIsRefusedAndNeverRuns() {
        RefundPlugin plugin = new RefundPlugin();
        ToolRegistry registry = new ToolRegistry();
        registry.plugins = new FakeInstance<>(plugin);
        registry.discover();

        ToolResult result = registry.invoke(BIG_REFUND, CONTEXT);

        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains("needs a human's approval");
        assertThat(plugin.executed).isEmpty();
    }

    private static ToolRegistry registry(ToolPlugin plugin, ApprovalGate gate) {
        ToolRegistry registry = new ToolRegistry();
        registry.plugins = new FakeInstance<>(plugin);
        registry.approvals = new FakeInstance<>(gate);
        registry.discover();
        return registry;
    }

    private static final class RecordingGate implements ApprovalGate {
        final List<ToolCall> held = new ArrayList<>();

        @Override
        public ToolResult hold(ToolCall call, ToolContext context) {
            held.add(call);
            return ToolResult.ok("held", null);
        }
    }

    private static class RefundPlugin implements ToolPlugin {
        final List<ToolCall> executed = new ArrayList<>();

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("refunds", "1.0.0", "Refunds");
        }

        @Override
        public List<ToolDefinition> tools() {
            return List.of(new ToolDefinition("refund", "Refunds an order.", NO_PARAMETERS, ToolRisk.NEEDS_APPROVAL));
        }

        @Override
        public ToolResult execute(ToolCall call, ToolContext context) {
            executed.add(call);
            return ToolResult.ok("refunded " + call.arguments().getInt("amount"), null);
        }
    }

    private static final class ConditionalRefundPlugin extends RefundPlugin implements ConditionalApproval {
        @Override
        public boolean requiresApproval(ToolCall call, ToolContext context) {
            return call.arguments().getInt("amount") > 500;
        }
    }
}
