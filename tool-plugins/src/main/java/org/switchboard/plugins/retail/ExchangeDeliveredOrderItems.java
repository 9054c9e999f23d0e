package org.switchboard.plugins.retail;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code exchange_delivered_order_items}: a delivered order becomes {@code exchange requested} with the sorted
 * {@code exchange_items} and {@code exchange_new_items}, the {@code exchange_payment_method_id} and the
 * {@code exchange_price_difference} (rounded to cents like Python's {@code round(x, 2)}). Errors, in tau-bench's
 * order: order not found, non-delivered, {@code Error: <item> not found}, count mismatch, new item not found or
 * available, payment method not found, insufficient gift card balance. Risk NEEDS_APPROVAL when the exchange
 * refunds more than the threshold ({@link RefundApproval}).
 */
public final class ExchangeDeliveredOrderItems implements CommerceTool<RetailStore> {

    /** @return {@code exchange_delivered_order_items} */
    @Override
    public String name() {
        return "exchange_delivered_order_items";
    }

    /**
     * @param arguments {@code order_id}, {@code item_ids}, {@code new_item_ids}, {@code payment_method_id}
     * @param store     the scoped store
     * @return the changed order as JSON, or an error message
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String orderId = CommerceArguments.string(arguments, "order_id");
        List<String> itemIds = CommerceArguments.strings(arguments, "item_ids");
        List<String> newItemIds = CommerceArguments.strings(arguments, "new_item_ids");
        String paymentMethodId = CommerceArguments.string(arguments, "payment_method_id");
        Optional<JsonObject> found = store.findOrder(orderId);
        if (found.isEmpty()) {
            return "Error: order not found";
        }
        JsonObject order = found.get();
        if (!"delivered".equals(order.getString("status"))) {
            return "Error: non-delivered order cannot be exchanged";
        }
        ItemSwap swap = ItemSwap.check(order, itemIds, newItemIds, store);
        if (swap.error() != null) {
            return swap.error();
        }
        JsonNumber difference = PythonNumbers.round2(swap.priceDifference());
        String userId = order.getString("user_id");
        Optional<JsonObject> owner = store.findUser(userId);
        if (owner.isEmpty()) {
            return RetailRecords.keyError(userId);
        }
        Optional<JsonObject> method = RetailRecords.paymentMethod(owner.get(), paymentMethodId);
        if (method.isEmpty()) {
            return "Error: payment method not found";
        }
        if (RetailRecords.isGiftCard(method.get())
                && PythonNumbers.compare(method.get().getJsonNumber("balance"), difference) < 0) {
            return "Error: insufficient gift card balance to pay for the price difference";
        }
        JsonObject changed = JsonDocuments.with(order, "status", "exchange requested");
        changed = JsonDocuments.with(changed, "exchange_items",
                JsonDocuments.stringArray(itemIds.stream().sorted().toList()));
        changed = JsonDocuments.with(changed, "exchange_new_items",
                JsonDocuments.stringArray(newItemIds.stream().sorted().toList()));
        changed = JsonDocuments.with(changed, "exchange_payment_method_id", paymentMethodId);
        changed = JsonDocuments.with(changed, "exchange_price_difference", difference);
        store.saveOrder(orderId, changed);
        return JsonDocuments.dumps(changed);
    }
}
