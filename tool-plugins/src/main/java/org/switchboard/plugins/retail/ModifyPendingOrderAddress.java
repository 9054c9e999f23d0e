package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code modify_pending_order_address}: replaces a pending order's shipping address. Errors:
 * {@code Error: order not found}, {@code Error: non-pending order cannot be modified}. Risk WRITE.
 */
public final class ModifyPendingOrderAddress implements CommerceTool<RetailStore> {

    /** @return {@code modify_pending_order_address} */
    @Override
    public String name() {
        return "modify_pending_order_address";
    }

    /**
     * @param arguments {@code order_id}, {@code address1}, {@code address2}, {@code city}, {@code state},
     *                  {@code country}, {@code zip}
     * @param store     the scoped store
     * @return the changed order as JSON, or an error message
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String orderId = CommerceArguments.string(arguments, "order_id");
        JsonObject address = RetailAddress.from(arguments);
        Optional<JsonObject> found = store.findOrder(orderId);
        if (found.isEmpty()) {
            return "Error: order not found";
        }
        if (!"pending".equals(found.get().getString("status"))) {
            return "Error: non-pending order cannot be modified";
        }
        JsonObject changed = JsonDocuments.with(found.get(), "address", address);
        store.saveOrder(orderId, changed);
        return JsonDocuments.dumps(changed);
    }
}
