package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code return_delivered_order_items}: a delivered order becomes {@code return requested} with the sorted
 * {@code return_items} and the {@code return_payment_method_id} (the original method or a gift card). Errors,
 * in tau-bench's order: order not found, non-delivered, payment method not found, payment method neither
 * original nor gift card, {@code Error: some item not found}. Risk NEEDS_APPROVAL above the refund threshold
 * ({@link RefundApproval}).
 */
public final class ReturnDeliveredOrderItems implements CommerceTool<RetailStore> {

    /** @return {@code return_delivered_order_items} */
    @Override
    public String name() {
        return "return_delivered_order_items";
    }

    /**
     * @param arguments {@code order_id}, {@code item_ids}, {@code payment_method_id}
     * @param store     the scoped store
     * @return the changed order as JSON, or an error message
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String orderId = CommerceArguments.string(arguments, "order_id");
        List<String> itemIds = CommerceArguments.strings(arguments, "item_ids");
        String paymentMethodId = CommerceArguments.string(arguments, "payment_method_id");
        Optional<JsonObject> found = store.findOrder(orderId);
        if (found.isEmpty()) {
            return "Error: order not found";
        }
        JsonObject order = found.get();
        if (!"delivered".equals(order.getString("status"))) {
            return "Error: non-delivered order cannot be returned";
        }
        String userId = order.getString("user_id");
        Optional<JsonObject> owner = store.findUser(userId);
        if (owner.isEmpty()) {
            return RetailRecords.keyError(userId);
        }
        if (RetailRecords.paymentMethod(owner.get(), paymentMethodId).isEmpty()) {
            return "Error: payment method not found";
        }
        String original = RetailRecords.paymentHistory(order).getJsonObject(0).getString("payment_method_id");
        if (!paymentMethodId.contains("gift_card") && !paymentMethodId.equals(original)) {
            return "Error: payment method should be either the original payment method or a gift card";
        }
        if (RetailRecords.missingItem(order, itemIds).isPresent()) {
            return "Error: some item not found";
        }
        JsonObject changed = JsonDocuments.with(order, "status", "return requested");
        changed = JsonDocuments.with(changed, "return_items", JsonDocuments.stringArray(itemIds.stream().sorted().toList()));
        changed = JsonDocuments.with(changed, "return_payment_method_id", paymentMethodId);
        store.saveOrder(orderId, changed);
        return JsonDocuments.dumps(changed);
    }
}
