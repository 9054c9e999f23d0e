package org.switchboard.plugins.retail.jpa;

import jakarta.json.JsonObject;
import org.switchboard.plugins.commerce.JsonDocuments;

/** Copies a tau-bench record into its entity: the JSON text and the indexed columns derived from it. */
final class RetailRecordColumns {

    private RetailRecordColumns() {
    }

    static void fillUser(RetailUserRecord record, JsonObject user) {
        JsonObject name = user.getJsonObject("name");
        JsonObject address = user.getJsonObject("address");
        record.update(JsonDocuments.dumps(user), user.getString("email", ""),
                name == null ? "" : name.getString("first_name", ""), name == null ? "" : name.getString("last_name", ""),
                address == null ? "" : address.getString("zip", ""));
    }

    static void fillOrder(RetailOrderRecord record, JsonObject order) {
        record.update(JsonDocuments.dumps(order), order.getString("user_id", ""), order.getString("status", ""));
    }

    static void fillProduct(RetailProductRecord record, JsonObject product) {
        record.update(JsonDocuments.dumps(product), product.getString("name", ""));
    }
}
