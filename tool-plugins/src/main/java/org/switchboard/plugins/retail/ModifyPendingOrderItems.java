package org.switchboard.plugins.retail;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code modify_pending_order_items}: swaps items of a pending order for other variants of the same products,
 * records the price difference as a payment (or a refund) on the given method (a gift card's balance changes
 * at once) and sets the status to {@code pending (item modified)}. Errors, in tau-bench's order: order not
 * found, non-pending, {@code Error: <item> not found}, count mismatch, new item not found or available, payment
 * method not found, insufficient gift card balance. Risk WRITE.
 */
public final class ModifyPendingOrderItems implements CommerceTool<RetailStore> {

    /** @return {@code modify_pending_order_items} */
    @Override
    public String name() {
        return "modify_pending_order_items";
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
        if (!"pending".equals(order.getString("status"))) {
            return "Error: non-pending order cannot be modified";
        }
        ItemSwap swap = ItemSwap.check(order, itemIds, newItemIds, store);
        if (swap.error() != null) {
            return swap.error();
        }
        JsonNumber difference = swap.priceDifference();
        String userId = order.getString("user_id");
        Optional<JsonObject> owner = store.findUser(userId);
        if (owner.isEmpty()) {
            return RetailRecords.keyError(userId);
        }
        Optional<JsonObject> method = RetailRecords.paymentMethod(owner.get(), paymentMethodId);
        if (method.isEmpty()) {
            return "Error: payment method not found";
        }
        boolean giftCard = RetailRecords.isGiftCard(method.get());
        if (giftCard && PythonNumbers.compare(method.get().getJsonNumber("balance"), difference) < 0) {
            return "Error: insufficient gift card balance to pay for the new item";
        }
        JsonObject changed = JsonDocuments.with(order, "payment_history", JsonDocuments.append(
                RetailRecords.paymentHistory(order), List.of(JSON.createObjectBuilder()
                        .add("transaction_type", PythonNumbers.compare(difference, PythonNumbers.of(0)) > 0
                                ? "payment" : "refund")
                        .add("amount", PythonNumbers.abs(difference))
                        .add("payment_method_id", paymentMethodId)
                        .build())));
        List<JsonObject> items = new ArrayList<>(order.getJsonArray("items").getValuesAs(JsonObject.class));
        for (int i = 0; i < itemIds.size(); i++) {
            int index = RetailRecords.indexOfItem(items, itemIds.get(i));
            JsonObject item = items.get(index);
            JsonObject variant = ItemSwap.variant(store.findProduct(item.getString("product_id")).orElseThrow(),
                    newItemIds.get(i)).orElseThrow();
            item = JsonDocuments.with(item, "item_id", newItemIds.get(i));
            item = JsonDocuments.with(item, "price", variant.get("price"));
            item = JsonDocuments.with(item, "options", variant.get("options"));
            items.set(index, item);
        }
        JsonArrayBuilder newItems = JSON.createArrayBuilder();
        items.forEach(newItems::add);
        changed = JsonDocuments.with(changed, "items", newItems.build());
        changed = JsonDocuments.with(changed, "status", "pending (item modified)");
        if (giftCard) {
            store.saveUser(userId, RetailRecords.addToBalance(owner.get(), paymentMethodId, PythonNumbers.negate(difference)));
        }
        store.saveOrder(orderId, changed);
        return JsonDocuments.dumps(changed);
    }
}
