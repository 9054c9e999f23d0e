package org.switchboard.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.tool.ConditionalApproval;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.RefundLedger;

/**
 * Tool plugin {@value #ID}: the tau-bench retail domain (users, orders, products; sample data from
 * sierra-research/tau-bench, MIT) with its 16 tools, names, descriptions and parameters exactly as tau-bench
 * gives them to the model ({@code commerce/retail/tools.json}), and the same rules and outputs.
 *
 * <p><b>Security.</b> tau-bench's tools act on whatever user or order id the model passes. Here every call runs
 * in the {@link CustomerScope} of the conversation's verified customer ({@link ToolContext#customerId()}),
 * linked to a retail user by {@link RetailCustomerLinks} (by verified email): records of other users behave as
 * missing ({@code Error: order not found}, {@code Error: user not found}); an unlinked customer sees no user or
 * order at all, only products.
 *
 * <p><b>Approval.</b> {@code cancel_pending_order}, {@code return_delivered_order_items} and
 * {@code exchange_delivered_order_items} declare {@code NEEDS_APPROVAL}, the most they can need. The approval
 * engine should call {@link #requiresApproval(ToolCall, ToolContext)} ({@link ConditionalApproval}) for them:
 * {@code false} means the refund is at most {@code switchboard.approval.refund-threshold} (default 500) and the
 * call may run like a {@code WRITE} tool; {@code true} means store an approval request and run the exact call once
 * approved. It is also {@code true} when the amount cannot be computed (fail closed) and when the linked retail
 * user's refunds within {@code switchboard.approval.refund-window} would pass
 * {@code switchboard.approval.refund-window-limit} ({@link RefundApproval}); every refund that runs is recorded in
 * the {@link RefundLedger}, in the tool call's transaction.
 *
 * <p><b>Results.</b> {@link ToolResult#content()} is tau-bench's output string (JSON or a message);
 * {@code success} is false for outputs starting with {@code Error:}; {@code data} is the output's JSON object
 * when it is one (an order, a user, a product), {@code {}} otherwise.
 */
@ApplicationScoped
public class RetailPlugin implements ToolPlugin, ConditionalApproval {

    /** The plugin id. */
    public static final String ID = "retail-orders";
    /** The plugin version. */
    public static final String VERSION = "1.0.0";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Orders & returns (tau-bench retail): look up customers, orders and products; cancel or change pending "
                    + "orders; return or exchange delivered items.");

    private RetailStore store;
    private RetailCustomerLinks links;
    private RefundApproval approval;
    private RetailToolbox toolbox;

    /** For CDI's client proxy only. */
    protected RetailPlugin() {
    }

    /**
     * A plugin with the per-call rule only (no running total), for tests and replays.
     *
     * @param store     the retail data
     * @param links     how verified customers map to retail users
     * @param threshold refunds strictly above it need approval
     */
    public RetailPlugin(RetailStore store, RetailCustomerLinks links, BigDecimal threshold) {
        this(store, links, new RefundApproval(threshold));
    }

    /**
     * @param store       the retail data (MariaDB in the server)
     * @param links       how verified customers map to retail users
     * @param threshold   refunds strictly above it need approval
     * @param window      how far back an account's running total of refunds looks (ISO-8601 duration)
     * @param windowLimit the most an account may be refunded within the window without approval; empty: the threshold
     * @param ledger      the refunds paid out so far
     * @param clock       the clock
     */
    @Inject
    public RetailPlugin(RetailStore store, RetailCustomerLinks links,
                        @ConfigProperty(name = RefundApproval.THRESHOLD_KEY,
                                defaultValue = RefundApproval.DEFAULT_THRESHOLD) BigDecimal threshold,
                        @ConfigProperty(name = RefundApproval.WINDOW_KEY,
                                defaultValue = RefundApproval.DEFAULT_WINDOW) Duration window,
                        @ConfigProperty(name = RefundApproval.WINDOW_LIMIT_KEY) Optional<BigDecimal> windowLimit,
                        RefundLedger ledger, Clock clock) {
        this(store, links, new RefundApproval(threshold, windowLimit.orElse(threshold), window, ledger, clock));
    }

    private RetailPlugin(RetailStore store, RetailCustomerLinks links, RefundApproval approval) {
        this.store = Objects.requireNonNull(store, "store");
        this.links = Objects.requireNonNull(links, "links");
        this.approval = approval;
        this.toolbox = new RetailToolbox();
    }

    /** @return id {@value #ID}, version {@value #VERSION} */
    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * The retail tools that work from the product catalogue only, or hand over to a person: an unauthenticated
     * sender may use them; every other retail tool reads or changes the customer's user, orders or payment methods.
     */
    public static final java.util.Set<String> PUBLIC_TOOLS = java.util.Set.of("list_all_product_types",
            "get_product_details", "calculate", "think", "transfer_to_human_agents");

    /**
     * @param toolName one of {@link #tools()}
     * @return false for {@link #PUBLIC_TOOLS}, true for every tool that touches a user's records
     */
    @Override
    public boolean actsOnCustomerData(String toolName) {
        return !PUBLIC_TOOLS.contains(toolName);
    }

    /** @return the 16 retail tools in tau-bench's order, risks as in {@link RetailToolbox#riskOf(String)} */
    @Override
    public List<ToolDefinition> tools() {
        return toolbox.definitions();
    }

    /**
     * @param call    a call of one of this plugin's tools
     * @param context the verified customer
     * @return whether the call refunds more than the threshold and must wait for a human
     */
    @Override
    @Transactional
    public boolean requiresApproval(ToolCall call, ToolContext context) {
        Optional<String> user = links.retailUserId(context.customerId());
        return approval.requiresApproval(call.name(), call.arguments(),
                new ScopedRetailStore(store, user.map(CustomerScope::of).orElse(CustomerScope.NOBODY)),
                user.map(RetailPlugin::ledgerAccount));
    }

    /**
     * Runs one retail tool for the verified customer, in one transaction.
     *
     * @param call    the call
     * @param context the verified customer
     * @return tau-bench's output as the content; an error result for an unknown tool or bad arguments
     */
    @Override
    @Transactional
    public ToolResult execute(ToolCall call, ToolContext context) {
        if (!toolbox.has(call.name())) {
            return ToolResult.error("The " + ID + " plugin has no tool named '" + call.name() + "'.");
        }
        Optional<String> user = links.retailUserId(context.customerId());
        CustomerScope scope = user.map(CustomerScope::of).orElse(CustomerScope.NOBODY);
        Optional<BigDecimal> refund = refundOf(call, scope);
        String output;
        try {
            output = toolbox.run(call.name(), call.arguments(), store, scope);
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        if (!output.startsWith("Error:") && refund.isPresent() && user.isPresent()) {
            approval.recordRefund(ledgerAccount(user.get()), call.name(), refund.get());
        }
        JsonObject data = JsonDocuments.parse(output)
                .filter(value -> value.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT)
                .map(jakarta.json.JsonValue::asJsonObject).orElse(null);
        return new ToolResult(!output.startsWith("Error:"), output, data);
    }

    private Optional<BigDecimal> refundOf(ToolCall call, CustomerScope scope) {
        try {
            return approval.refund(call.name(), call.arguments(), new ScopedRetailStore(store, scope));
        } catch (RuntimeException e) {
            return Optional.empty(); // the tool itself fails on the same record, or was approved by a person
        }
    }

    /**
     * @param retailUserId a retail {@code user_id}
     * @return its account in the {@link RefundLedger}: {@code retail:<user_id>}
     */
    static String ledgerAccount(String retailUserId) {
        return "retail:" + retailUserId;
    }
}
