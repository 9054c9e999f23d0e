package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.Calculate;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.Think;
import org.switchboard.plugins.commerce.ToolCatalog;
import org.switchboard.plugins.commerce.TransferToHumanAgents;

/**
 * The 16 tau-bench retail tools by name, with their definitions from the bundled {@code tools.json}
 * ({@value #TOOLS_JSON}), and the one place that runs them on a store narrowed to a {@link CustomerScope}.
 * Used by {@link RetailPlugin} and by the replay.
 */
public final class RetailToolbox {

    /** Class-path location of tau-bench's retail tool list. */
    public static final String TOOLS_JSON = RetailDataSet.BUNDLED + "tools.json";

    private final Map<String, CommerceTool<RetailStore>> tools = new LinkedHashMap<>();
    private final List<ToolDefinition> definitions;

    /** Loads the tool list and pairs every listed tool with its implementation. */
    public RetailToolbox() {
        List<CommerceTool<RetailStore>> all = List.of(new Calculate<>(), new CancelPendingOrder(),
                new ExchangeDeliveredOrderItems(), new FindUserIdByEmail(), new FindUserIdByNameZip(),
                new GetOrderDetails(), new GetProductDetails(), new GetUserDetails(), new ListAllProductTypes(),
                new ModifyPendingOrderAddress(), new ModifyPendingOrderItems(), new ModifyPendingOrderPayment(),
                new ModifyUserAddress(), new ReturnDeliveredOrderItems(), new Think<>(),
                new TransferToHumanAgents<>());
        all.forEach(tool -> tools.put(tool.name(), tool));
        ToolCatalog catalog = ToolCatalog.fromClasspath(TOOLS_JSON);
        for (String name : catalog.names()) {
            if (!tools.containsKey(name)) {
                throw new IllegalStateException(TOOLS_JSON + " lists " + name + ", which has no implementation");
            }
        }
        definitions = catalog.definitions(RetailToolbox::riskOf);
    }

    /**
     * The risk each tool declares. Reads (and {@code calculate}, {@code think}) are READ, changes WRITE;
     * {@code cancel_pending_order}, {@code return_delivered_order_items} and
     * {@code exchange_delivered_order_items} can refund money and declare NEEDS_APPROVAL, the most a call may
     * need: {@link RefundApproval} tells per call whether the refund is above the threshold (below it the call
     * may run as WRITE). {@code transfer_to_human_agents} is WRITE (it hands the conversation over).
     *
     * @param name a tool name
     * @return its declared risk
     */
    public static ToolRisk riskOf(String name) {
        return switch (name) {
            case "cancel_pending_order", "return_delivered_order_items", "exchange_delivered_order_items" ->
                    ToolRisk.NEEDS_APPROVAL;
            case "modify_pending_order_address", "modify_pending_order_items", "modify_pending_order_payment",
                 "modify_user_address", "transfer_to_human_agents" -> ToolRisk.WRITE;
            default -> ToolRisk.READ;
        };
    }

    /** @return the tools' definitions in {@code tools.json} order */
    public List<ToolDefinition> definitions() {
        return definitions;
    }

    /**
     * @param name a tool name
     * @return whether this toolbox has it
     */
    public boolean has(String name) {
        return tools.containsKey(name);
    }

    /**
     * Runs a tool as tau-bench would, on the records the scope permits.
     *
     * @param name      the tool name
     * @param arguments the call's arguments
     * @param store     the whole store
     * @param scope     whose records the call may see and change
     * @return tau-bench's output ({@code Unknown action <name>} for a tool it does not have)
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    public String run(String name, JsonObject arguments, RetailStore store, CustomerScope scope)
            throws InvalidToolArgumentException {
        Objects.requireNonNull(scope, "scope");
        CommerceTool<RetailStore> tool = tools.get(name);
        if (tool == null) {
            return "Unknown action " + name;
        }
        RetailStore view = scope.isUnrestricted() ? store : new ScopedRetailStore(store, scope);
        return tool.invoke(arguments, view);
    }
}
