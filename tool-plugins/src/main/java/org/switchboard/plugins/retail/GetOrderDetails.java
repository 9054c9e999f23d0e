package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/** {@code get_order_details}: the order record as JSON, or {@code Error: order not found}. Risk READ. */
public final class GetOrderDetails implements CommerceTool<RetailStore> {

    /** @return {@code get_order_details} */
    @Override
    public String name() {
        return "get_order_details";
    }

    /**
     * @param arguments {@code order_id}
     * @param store     the scoped store
     * @return the order record, or {@code Error: order not found}
     * @throws InvalidToolArgumentException if {@code order_id} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        return store.findOrder(CommerceArguments.string(arguments, "order_id"))
                .map(JsonDocuments::dumps).orElse("Error: order not found");
    }
}
