package org.switchboard.plugins.retail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * The retail read tools, which tau-bench's replay fixtures never call (they hold the gold write actions only):
 * outputs as tau-bench's Python tools give them on the bundled data.
 */
class RetailReadToolsTest {

    private static RetailDataSet data;
    private final RetailToolbox toolbox = new RetailToolbox();
    private InMemoryRetailStore store;

    @BeforeAll
    static void loadData() throws IOException {
        data = RetailDataSet.bundled();
    }

    @BeforeEach
    void freshStore() {
        store = new InMemoryRetailStore(data);
    }

    private String run(String tool, JsonObjectBuilder arguments) throws InvalidToolArgumentException {
        return toolbox.run(tool, arguments.build(), store, CustomerScope.UNRESTRICTED);
    }

    @Test
    void findsUsersByEmailCaseInsensitivelyAndByNameAndZip() throws InvalidToolArgumentException {
        assertThat(run("find_user_id_by_email", Json.createObjectBuilder().add("email", "NOAH.Brown7922@example.com")))
                .isEqualTo("noah_brown_6181");
        assertThat(run("find_user_id_by_email", Json.createObjectBuilder().add("email", "nobody@example.com")))
                .isEqualTo("Error: user not found");
        assertThat(run("find_user_id_by_name_zip", Json.createObjectBuilder()
                .add("first_name", "noah").add("last_name", "BROWN").add("zip", "80279"))).isEqualTo("noah_brown_6181");
        assertThat(run("find_user_id_by_name_zip", Json.createObjectBuilder()
                .add("first_name", "Noah").add("last_name", "Brown").add("zip", "80279 "))).isEqualTo("Error: user not found");
    }

    @Test
    void detailsAreTheRecordsAsJsonDumpsWritesThem() throws InvalidToolArgumentException {
        assertThat(run("get_user_details", Json.createObjectBuilder().add("user_id", "noah_brown_6181")))
                .isEqualTo(JsonDocuments.dumps(data.users().get("noah_brown_6181")))
                .startsWith("{\"name\": {\"first_name\": \"Noah\", \"last_name\": \"Brown\"}, \"address\": {");
        assertThat(run("get_order_details", Json.createObjectBuilder().add("order_id", "#W2611340")))
                .contains("\"price\": 47.84", "\"status\": \"processed\"");
        assertThat(run("get_order_details", Json.createObjectBuilder().add("order_id", "W2611340")))
                .isEqualTo("Error: order not found");
        assertThat(run("get_product_details", Json.createObjectBuilder().add("product_id", "9523456873")))
                .startsWith("{\"name\": \"T-Shirt\", \"product_id\": \"9523456873\", \"variants\": {\"9612497925\": ");
        assertThat(run("get_product_details", Json.createObjectBuilder().add("product_id", "9612497925")))
                .isEqualTo("Error: product not found");
    }

    @Test
    void listsTheFiftyProductTypesSortedByName() throws InvalidToolArgumentException {
        String output = run("list_all_product_types", Json.createObjectBuilder());
        assertThat(output).startsWith("{\"Action Camera\": \"3377618313\", \"Air Purifier\": \"3821016478\", ");
        JsonObject parsed = JsonDocuments.parse(output).orElseThrow().asJsonObject();
        assertThat(parsed).hasSize(50);
    }

    @Test
    void genericToolsAnswerLikeTauBench() throws InvalidToolArgumentException {
        assertThat(run("think", Json.createObjectBuilder().add("thought", "the order is pending"))).isEmpty();
        assertThat(run("transfer_to_human_agents", Json.createObjectBuilder().add("summary", "wants a manager")))
                .isEqualTo("Transfer successful");
        assertThat(run("calculate", Json.createObjectBuilder().add("expression", "(137.32 + 285.66) * 0.5")))
                .isEqualTo("211.49");
        assertThat(run("no_such_tool", Json.createObjectBuilder())).isEqualTo("Unknown action no_such_tool");
        assertThat(store.changedRecords()).isEmpty();
    }

    @Test
    void modifyingAUsersAddressKeepsTauBenchsKeyOrder() throws InvalidToolArgumentException {
        String output = run("modify_user_address", Json.createObjectBuilder().add("user_id", "noah_brown_6181")
                .add("address1", "1 Main St").add("address2", "").add("city", "Austin").add("state", "TX")
                .add("country", "USA").add("zip", "78701"));
        assertThat(output).contains("\"address\": {\"address1\": \"1 Main St\", \"address2\": \"\", \"city\": \"Austin\", "
                + "\"state\": \"TX\", \"country\": \"USA\", \"zip\": \"78701\"}");
        assertThat(store.changedRecords()).containsOnlyKeys("users");
        assertThat(store.changedRecords().get("users")).containsOnlyKeys("noah_brown_6181");
    }
}
