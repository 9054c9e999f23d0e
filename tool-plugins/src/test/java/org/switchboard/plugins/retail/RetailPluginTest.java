package org.switchboard.plugins.retail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/**
 * The retail plugin as the pipeline sees it: customer 1 is linked to {@code sofia_rossi_8776}, customer 2 to
 * nobody; the approval threshold is the default 500.
 */
class RetailPluginTest {

    private static final CustomerId SOFIA = new CustomerId(1);
    private static final CustomerId STRANGER = new CustomerId(2);
    private static RetailDataSet data;

    private InMemoryRetailStore store;
    private RetailPlugin plugin;

    @BeforeAll
    static void loadData() throws IOException {
        data = RetailDataSet.bundled();
    }

    @BeforeEach
    void freshStore() {
        store = new InMemoryRetailStore(data);
        RetailCustomerLinks links = customer -> customer.equals(SOFIA) ? Optional.of("sofia_rossi_8776") : Optional.empty();
        plugin = new RetailPlugin(store, links, new BigDecimal("500"));
    }

    private static ToolContext as(CustomerId customer) {
        return new ToolContext(customer, new ConversationId(7), Channel.EMAIL);
    }

    private static ToolCall call(String name, JsonObject arguments) {
        return new ToolCall(name, arguments);
    }

    @Test
    void offersTheSixteenTauBenchToolsWithTheirRisks() {
        assertThat(plugin.descriptor().id()).isEqualTo("retail-orders");
        assertThat(plugin.tools()).extracting(ToolDefinition::name).containsExactly("calculate", "cancel_pending_order",
                "exchange_delivered_order_items", "find_user_id_by_email", "find_user_id_by_name_zip",
                "get_order_details", "get_product_details", "get_user_details", "list_all_product_types",
                "modify_pending_order_address", "modify_pending_order_items", "modify_pending_order_payment",
                "modify_user_address", "return_delivered_order_items", "think", "transfer_to_human_agents");
        Map<String, ToolRisk> risks = new java.util.HashMap<>();
        plugin.tools().forEach(t -> risks.put(t.name(), t.risk()));
        assertThat(risks).containsEntry("get_order_details", ToolRisk.READ)
                .containsEntry("modify_pending_order_items", ToolRisk.WRITE)
                .containsEntry("cancel_pending_order", ToolRisk.NEEDS_APPROVAL)
                .containsEntry("return_delivered_order_items", ToolRisk.NEEDS_APPROVAL)
                .containsEntry("exchange_delivered_order_items", ToolRisk.NEEDS_APPROVAL);
        assertThat(plugin.tools().get(1).parameters().getJsonArray("required")).hasSize(2);
    }

    @Test
    void theLinkedCustomerSeesAndCancelsTheirOwnOrder() {
        ToolResult details = plugin.execute(call("get_order_details",
                Json.createObjectBuilder().add("order_id", "#W5918442").build()), as(SOFIA));
        assertThat(details.success()).isTrue();
        assertThat(details.data().getString("user_id")).isEqualTo("sofia_rossi_8776");

        ToolResult cancelled = plugin.execute(call("cancel_pending_order", Json.createObjectBuilder()
                .add("order_id", "#W5918442").add("reason", "no longer needed").build()), as(SOFIA));
        assertThat(cancelled.success()).isTrue();
        assertThat(cancelled.data().getString("status")).isEqualTo("cancelled");
        assertThat(store.findOrder("#W5918442").orElseThrow().getString("status")).isEqualTo("cancelled");
    }

    @Test
    void anotherCustomersOrderIsAsMissingAsANonExistentOne() {
        JsonObject foreign = Json.createObjectBuilder().add("order_id", "#W6779827").add("reason", "no longer needed").build();
        ToolResult result = plugin.execute(call("cancel_pending_order", foreign), as(SOFIA));
        assertThat(result.success()).isFalse();
        assertThat(result.content()).isEqualTo("Error: order not found");
        assertThat(store.changedRecords()).isEmpty();

        assertThat(plugin.execute(call("get_user_details", Json.createObjectBuilder().add("user_id", "ethan_lopez_6291").build()),
                as(SOFIA)).content()).isEqualTo("Error: user not found");
        assertThat(plugin.execute(call("find_user_id_by_email", Json.createObjectBuilder()
                .add("email", "ethan.lopez8943@example.com").build()), as(SOFIA)).content()).isEqualTo("Error: user not found");
        assertThat(plugin.execute(call("find_user_id_by_email", Json.createObjectBuilder()
                .add("email", "SOFIA.ROSSI2645@example.com").build()), as(SOFIA)).content()).isEqualTo("sofia_rossi_8776");
    }

    @Test
    void anUnlinkedCustomerSeesProductsButNoUserOrOrder() {
        assertThat(plugin.execute(call("get_order_details", Json.createObjectBuilder().add("order_id", "#W5918442").build()),
                as(STRANGER)).content()).isEqualTo("Error: order not found");
        ToolResult products = plugin.execute(call("list_all_product_types", Json.createObjectBuilder().build()), as(STRANGER));
        assertThat(products.success()).isTrue();
        assertThat(products.data()).hasSize(50);
    }

    @Test
    void refundsAboveTheThresholdNeedApproval() {
        JsonObject big = Json.createObjectBuilder().add("order_id", "#W5918442").add("reason", "no longer needed").build();
        assertThat(plugin.requiresApproval(call("cancel_pending_order", big), as(SOFIA))).isTrue();
        assertThat(plugin.requiresApproval(call("cancel_pending_order", big), as(STRANGER))).isFalse();
        RefundApproval rule = new RefundApproval(new BigDecimal("500"));
        assertThat(rule.refund("cancel_pending_order", big, store)).contains(new BigDecimal("1463.7"));
        JsonObject small = Json.createObjectBuilder().add("order_id", "#W5694685").add("reason", "no longer needed").build();
        assertThat(rule.requiresApproval("cancel_pending_order", small, store)).isFalse();
        assertThat(rule.requiresApproval("get_order_details", big, store)).isFalse();
    }

    @Test
    void aRefundWhoseAmountCannotBeComputedIsHeldForApproval() {
        RetailStore broken = (RetailStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RetailStore.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("malformed record in " + method.getName());
                });
        RetailPlugin failing = new RetailPlugin(broken, customer -> Optional.of("sofia_rossi_8776"), new BigDecimal("500"));
        JsonObject small = Json.createObjectBuilder().add("order_id", "#W5918442").add("reason", "no longer needed").build();
        assertThat(failing.requiresApproval(call("cancel_pending_order", small), as(SOFIA))).isTrue();
        JsonObject bad = Json.createObjectBuilder().add("order_id", 5).build();
        assertThat(plugin.requiresApproval(call("cancel_pending_order", bad), as(SOFIA)))
                .as("bad arguments: the tool refuses them the same way, nothing is refunded").isFalse();
    }

    @Test
    void refundsSplitIntoCallsUnderTheThresholdAreHeldOnceTheRunningTotalPassesTheWindowLimit() {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        org.switchboard.plugins.commerce.RefundLedger ledger = new org.switchboard.plugins.commerce.RefundLedger() {
            @Override
            public BigDecimal refundedSince(String account, java.time.Instant since) {
                return rows.stream().filter(r -> r[0].equals(account) && !((java.time.Instant) r[2]).isBefore(since))
                        .map(r -> (BigDecimal) r[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
            }

            @Override
            public void record(String account, String toolName, BigDecimal amount, java.time.Instant at) {
                rows.add(new Object[] {account, amount, at});
            }
        };
        java.time.Instant now = java.time.Instant.parse("2026-12-07T10:00:00Z");
        RetailCustomerLinks links = customer -> Optional.of("sofia_rossi_8776");
        RetailPlugin today = new RetailPlugin(store, links, new BigDecimal("2000"), java.time.Duration.ofHours(24),
                Optional.empty(), ledger, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        ToolCall first = call("cancel_pending_order", Json.createObjectBuilder().add("order_id", "#W5918442")
                .add("reason", "no longer needed").build());
        ToolCall second = call("cancel_pending_order", Json.createObjectBuilder().add("order_id", "#W2818151")
                .add("reason", "no longer needed").build());

        assertThat(today.requiresApproval(first, as(SOFIA))).as("1463.70 alone is under 2000").isFalse();
        assertThat(today.execute(first, as(SOFIA)).success()).isTrue();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r[1]).isEqualTo(new BigDecimal("1463.7")));
        assertThat(today.requiresApproval(second, as(SOFIA))).as("1068.63 more would make 2532.33").isTrue();

        RetailPlugin tomorrow = new RetailPlugin(store, links, new BigDecimal("2000"), java.time.Duration.ofHours(24),
                Optional.empty(), ledger, java.time.Clock.fixed(now.plus(java.time.Duration.ofHours(25)),
                        java.time.ZoneOffset.UTC));
        assertThat(tomorrow.requiresApproval(second, as(SOFIA))).as("the first refund left the window").isFalse();
        RetailPlugin generous = new RetailPlugin(store, links, new BigDecimal("2000"), java.time.Duration.ofHours(24),
                Optional.of(new BigDecimal("3000")), ledger, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        assertThat(generous.requiresApproval(second, as(SOFIA))).as("a window limit of its own").isFalse();
    }

    @Test
    void badArgumentsAreErrorsForTheModel() {
        ToolResult result = plugin.execute(call("cancel_pending_order", Json.createObjectBuilder().add("order_id", 5).build()),
                as(SOFIA));
        assertThat(result.success()).isFalse();
        assertThat(result.content()).isEqualTo("Error: argument 'order_id' must be a string, not number");
        assertThat(plugin.execute(call("nope", null), as(SOFIA)).success()).isFalse();
    }
}
