package org.switchboard.plugins.retail;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * The checks and the price difference shared by {@code modify_pending_order_items} and
 * {@code exchange_delivered_order_items}: every old item is in the order often enough, the lists have the same
 * length, and each new item is an available variant of the old item's product.
 *
 * @param error           tau-bench's error message, or null when the swap is valid
 * @param priceDifference the sum of (new price - old price) in Python arithmetic (int 0 for no items), unrounded
 */
record ItemSwap(String error, JsonNumber priceDifference) {

    /**
     * @param order      the order
     * @param itemIds    the items to replace
     * @param newItemIds the replacements, position by position
     * @param store      the store holding the products
     * @return the checked swap
     */
    static ItemSwap check(JsonObject order, List<String> itemIds, List<String> newItemIds, RetailStore store) {
        Optional<String> missing = RetailRecords.missingItem(order, itemIds);
        if (missing.isPresent()) {
            return failed("Error: " + missing.get() + " not found");
        }
        if (itemIds.size() != newItemIds.size()) {
            return failed("Error: the number of items to be exchanged should match");
        }
        List<JsonObject> items = order.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonNumber difference = PythonNumbers.of(0);
        for (int i = 0; i < itemIds.size(); i++) {
            JsonObject item = items.get(RetailRecords.indexOfItem(items, itemIds.get(i)));
            String productId = item.getString("product_id");
            Optional<JsonObject> product = store.findProduct(productId);
            if (product.isEmpty()) {
                return failed(RetailRecords.keyError(productId));
            }
            Optional<JsonObject> variant = variant(product.get(), newItemIds.get(i));
            if (variant.isEmpty() || !variant.get().getBoolean("available", false)) {
                return failed("Error: new item " + newItemIds.get(i) + " not found or available");
            }
            difference = PythonNumbers.add(difference,
                    PythonNumbers.subtract(variant.get().getJsonNumber("price"), item.getJsonNumber("price")));
        }
        return new ItemSwap(null, difference);
    }

    private static ItemSwap failed(String error) {
        return new ItemSwap(error, null);
    }

    /**
     * @param product a product record
     * @param itemId  an item id
     * @return the product's variant with that item id
     */
    static Optional<JsonObject> variant(JsonObject product, String itemId) {
        JsonObject variants = product.getJsonObject("variants");
        return variants != null && variants.get(itemId) instanceof JsonObject variant
                ? Optional.of(variant) : Optional.empty();
    }
}
