package org.switchboard.plugins.retail;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code list_all_product_types}: {@code {"<product name>": "<product id>", ...}} sorted by name (a later
 * product with the same name wins, as in tau-bench's dict comprehension). Risk READ.
 */
public final class ListAllProductTypes implements CommerceTool<RetailStore> {

    /** @return {@code list_all_product_types} */
    @Override
    public String name() {
        return "list_all_product_types";
    }

    /**
     * @param arguments none
     * @param store     the store
     * @return the product names and ids as JSON
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) {
        Map<String, String> byName = new TreeMap<>();
        for (JsonObject product : store.products()) {
            byName.put(product.getString("name"), product.getString("product_id"));
        }
        JsonObjectBuilder result = JSON.createObjectBuilder();
        byName.forEach(result::add);
        return JsonDocuments.dumps(result.build());
    }
}
