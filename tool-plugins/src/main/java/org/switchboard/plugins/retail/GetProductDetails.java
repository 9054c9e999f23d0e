package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/** {@code get_product_details}: the product with its variants, or {@code Error: product not found}. Risk READ. */
public final class GetProductDetails implements CommerceTool<RetailStore> {

    /** @return {@code get_product_details} */
    @Override
    public String name() {
        return "get_product_details";
    }

    /**
     * @param arguments {@code product_id}
     * @param store     the store
     * @return the product record, or {@code Error: product not found}
     * @throws InvalidToolArgumentException if {@code product_id} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        return store.findProduct(CommerceArguments.string(arguments, "product_id"))
                .map(JsonDocuments::dumps).orElse("Error: product not found");
    }
}
