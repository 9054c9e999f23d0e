package org.switchboard.plugins.retail;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code cancel_pending_order}: a pending order becomes {@code cancelled} with its {@code cancel_reason}; every
 * entry of its payment history gets a matching refund, and refunds to a gift card go to its balance at once.
 * Errors, in tau-bench's order: {@code Error: order not found}, {@code Error: non-pending order cannot be
 * cancelled}, {@code Error: invalid reason}. Risk NEEDS_APPROVAL above the refund threshold
 * ({@link RefundApproval}).
 */
public final class CancelPendingOrder implements CommerceTool<RetailStore> {

    /** The reasons tau-bench accepts. */
    public static final Set<String> REASONS = Set.of("no longer needed", "ordered by mistake");

    /** @return {@code cancel_pending_order} */
    @Override
    public String name() {
        return "cancel_pending_order";
    }

    /**
     * @param arguments {@code order_id}, {@code reason}
     * @param store     the scoped store
     * @return the cancelled order as JSON, or an error message
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String orderId = CommerceArguments.string(arguments, "order_id");
        String reason = CommerceArguments.string(arguments, "reason");
        Optional<JsonObject> found = store.findOrder(orderId);
        if (found.isEmpty()) {
            return "Error: order not found";
        }
        JsonObject order = found.get();
        if (!"pending".equals(order.getString("status"))) {
            return "Error: non-pending order cannot be cancelled";
        }
        if (!REASONS.contains(reason)) {
            return "Error: invalid reason";
        }
        String userId = order.getString("user_id");
        JsonObject user = null;
        List<JsonValue> refunds = new ArrayList<>();
        for (JsonValue entry : RetailRecords.paymentHistory(order)) {
            JsonObject payment = entry.asJsonObject();
            String paymentId = payment.getString("payment_method_id");
            refunds.add(JSON.createObjectBuilder()
                    .add("transaction_type", "refund")
                    .add("amount", payment.get("amount"))
                    .add("payment_method_id", paymentId)
                    .build());
            if (paymentId.contains("gift_card")) {
                if (user == null) {
                    Optional<JsonObject> owner = store.findUser(userId);
                    if (owner.isEmpty()) {
                        return RetailRecords.keyError(userId);
                    }
                    user = owner.get();
                }
                if (RetailRecords.paymentMethod(user, paymentId).isEmpty()) {
                    return RetailRecords.keyError(paymentId);
                }
                user = RetailRecords.addToBalance(user, paymentId, payment.getJsonNumber("amount"));
            }
        }
        JsonObject cancelled = JsonDocuments.with(order, "status", "cancelled");
        cancelled = JsonDocuments.with(cancelled, "cancel_reason", reason);
        cancelled = JsonDocuments.with(cancelled, "payment_history",
                JsonDocuments.append(RetailRecords.paymentHistory(order), refunds));
        if (user != null) {
            store.saveUser(userId, user);
        }
        store.saveOrder(orderId, cancelled);
        return JsonDocuments.dumps(cancelled);
    }
}
