package org.switchboard.plugins.retail;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code modify_pending_order_payment}: pays a pending order with another of the user's payment methods (a new
 * payment, and a refund to the old method; gift card balances change at once). Errors, in tau-bench's order:
 * order not found, non-pending, payment method not found, more than one payment, same method, insufficient
 * gift card balance. Risk WRITE.
 */
public final class ModifyPendingOrderPayment implements CommerceTool<RetailStore> {

    /** @return {@code modify_pending_order_payment} */
    @Override
    public String name() {
        return "modify_pending_order_payment";
    }

    /**
     * @param arguments {@code order_id}, {@code payment_method_id}
     * @param store     the scoped store
     * @return the changed order as JSON, or an error message
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String orderId = CommerceArguments.string(arguments, "order_id");
        String paymentMethodId = CommerceArguments.string(arguments, "payment_method_id");
        Optional<JsonObject> found = store.findOrder(orderId);
        if (found.isEmpty()) {
            return "Error: order not found";
        }
        JsonObject order = found.get();
        if (!"pending".equals(order.getString("status"))) {
            return "Error: non-pending order cannot be modified";
        }
        String userId = order.getString("user_id");
        Optional<JsonObject> owner = store.findUser(userId);
        if (owner.isEmpty()) {
            return RetailRecords.keyError(userId);
        }
        JsonObject user = owner.get();
        Optional<JsonObject> method = RetailRecords.paymentMethod(user, paymentMethodId);
        if (method.isEmpty()) {
            return "Error: payment method not found";
        }
        JsonArray history = RetailRecords.paymentHistory(order);
        if (history.size() > 1 || !"payment".equals(history.getJsonObject(0).getString("transaction_type"))) {
            return "Error: there should be exactly one payment for a pending order";
        }
        String oldMethodId = history.getJsonObject(0).getString("payment_method_id");
        if (oldMethodId.equals(paymentMethodId)) {
            return "Error: the new payment method should be different from the current one";
        }
        JsonValue amount = history.getJsonObject(0).get("amount");
        double value = RetailRecords.amount(amount);
        if (RetailRecords.isGiftCard(method.get()) && RetailRecords.balance(method.get()) < value) {
            return "Error: insufficient gift card balance to pay for the order";
        }
        JsonObject changed = JsonDocuments.with(order, "payment_history", JsonDocuments.append(history, List.of(
                JSON.createObjectBuilder().add("transaction_type", "payment").add("amount", amount)
                        .add("payment_method_id", paymentMethodId).build(),
                JSON.createObjectBuilder().add("transaction_type", "refund").add("amount", amount)
                        .add("payment_method_id", oldMethodId).build())));
        JsonObject changedUser = user;
        if (RetailRecords.isGiftCard(method.get())) {
            changedUser = RetailRecords.addToBalance(changedUser, paymentMethodId, PythonNumbers.negate((JsonNumber) amount));
        }
        if (oldMethodId.contains("gift_card")) {
            if (RetailRecords.paymentMethod(changedUser, oldMethodId).isEmpty()) {
                return RetailRecords.keyError(oldMethodId);
            }
            changedUser = RetailRecords.addToBalance(changedUser, oldMethodId, (JsonNumber) amount);
        }
        if (changedUser != user) {
            store.saveUser(userId, changedUser);
        }
        store.saveOrder(orderId, changed);
        return JsonDocuments.dumps(changed);
    }
}
