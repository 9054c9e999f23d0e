package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.PythonFloats;

/**
 * Decides whether a refunding retail call must wait for a human: when the money it would refund is strictly
 * above the threshold (configuration {@code switchboard.approval.refund-threshold}, default 500, as in the
 * LangGraph enterprise design).
 *
 * <ul>
 *   <li>{@code cancel_pending_order}: the order's payments minus its refunds (what cancelling gives back);</li>
 *   <li>{@code return_delivered_order_items}: the sum of the returned items' prices;</li>
 *   <li>{@code exchange_delivered_order_items}: the price difference when the new items are cheaper.</li>
 * </ul>
 * Every other tool, an unknown order or bad arguments need no approval (the call answers with its error).
 */
public final class RefundApproval {

    /** Configuration key of the threshold. */
    public static final String THRESHOLD_KEY = "switchboard.approval.refund-threshold";
    /** Default threshold. */
    public static final String DEFAULT_THRESHOLD = "500";

    private final BigDecimal threshold;

    /** @param threshold refunds strictly above it need approval */
    public RefundApproval(BigDecimal threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    /** @return the threshold */
    public BigDecimal threshold() {
        return threshold;
    }

    /**
     * @param toolName  the tool
     * @param arguments its arguments
     * @param store     the store, narrowed to the caller
     * @return whether the call needs a human's approval before it runs
     */
    public boolean requiresApproval(String toolName, JsonObject arguments, RetailStore store) {
        return refund(toolName, arguments, store).map(amount -> amount.compareTo(threshold) > 0).orElse(false);
    }

    /**
     * @param toolName  the tool
     * @param arguments its arguments
     * @param store     the store, narrowed to the caller
     * @return the amount the call would refund, rounded to cents; empty when it refunds nothing or cannot run
     */
    public Optional<BigDecimal> refund(String toolName, JsonObject arguments, RetailStore store) {
        try {
            Optional<JsonObject> order = store.findOrder(CommerceArguments.string(arguments, "order_id"));
            if (order.isEmpty()) {
                return Optional.empty();
            }
            double amount = switch (toolName) {
                case "cancel_pending_order" -> netPaid(order.get());
                case "return_delivered_order_items" -> itemsPrice(order.get(),
                        CommerceArguments.strings(arguments, "item_ids"));
                case "exchange_delivered_order_items" -> exchangeRefund(order.get(), arguments, store);
                default -> 0;
            };
            return amount > 0 ? Optional.of(BigDecimal.valueOf(PythonFloats.round2(amount))) : Optional.empty();
        } catch (InvalidToolArgumentException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double netPaid(JsonObject order) {
        double net = 0;
        for (JsonValue entry : RetailRecords.paymentHistory(order)) {
            JsonObject payment = entry.asJsonObject();
            double amount = RetailRecords.amount(payment.get("amount"));
            net += "refund".equals(payment.getString("transaction_type")) ? -amount : amount;
        }
        return net;
    }

    private static double itemsPrice(JsonObject order, List<String> itemIds) {
        List<JsonObject> items = new ArrayList<>(order.getJsonArray("items").getValuesAs(JsonObject.class));
        double total = 0;
        for (String itemId : itemIds) {
            int index = RetailRecords.indexOfItem(items, itemId);
            if (index >= 0) {
                total += RetailRecords.amount(items.remove(index).get("price"));
            }
        }
        return total;
    }

    private static double exchangeRefund(JsonObject order, JsonObject arguments, RetailStore store)
            throws InvalidToolArgumentException {
        ItemSwap swap = ItemSwap.check(order, CommerceArguments.strings(arguments, "item_ids"),
                CommerceArguments.strings(arguments, "new_item_ids"), store);
        return swap.error() == null ? -swap.priceDifference().doubleValue() : 0;
    }
}
