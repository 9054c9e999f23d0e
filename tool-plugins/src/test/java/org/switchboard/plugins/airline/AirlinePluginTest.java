package org.switchboard.plugins.airline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** The airline plugin as the pipeline sees it: customer 1 is linked to {@code mia_li_3668}, customer 2 to nobody. */
class AirlinePluginTest {

    private static final CustomerId MIA = new CustomerId(1);
    private static final CustomerId STRANGER = new CustomerId(2);
    private static AirlineDataSet data;

    private InMemoryAirlineStore store;
    private AirlinePlugin plugin;

    @BeforeAll
    static void loadData() throws IOException {
        data = AirlineDataSet.bundled();
    }

    @BeforeEach
    void freshStore() {
        store = new InMemoryAirlineStore(data);
        AirlineCustomerLinks links = customer -> customer.equals(MIA) ? Optional.of("mia_li_3668") : Optional.empty();
        plugin = new AirlinePlugin(store, links, Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC),
                new BigDecimal("500"), "airline_");
    }

    private static ToolContext as(CustomerId customer) {
        return new ToolContext(customer, new ConversationId(9), Channel.EMAIL);
    }

    private static JsonObject reservation(String id) {
        return Json.createObjectBuilder().add("reservation_id", id).build();
    }

    @Test
    void offersTheFourteenTauBenchToolsWithTheirRisks() {
        assertThat(plugin.descriptor().id()).isEqualTo("airline-reservations");
        assertThat(plugin.tools()).hasSize(14);
        assertThat(plugin.tools()).filteredOn(t -> t.risk() == ToolRisk.NEEDS_APPROVAL).extracting(ToolDefinition::name)
                .containsExactly("airline_cancel_reservation", "airline_send_certificate");
        assertThat(plugin.tools()).allMatch(t -> t.name().startsWith("airline_"));
        assertThat(plugin.execute(new ToolCall("get_user_details", Json.createObjectBuilder()
                .add("user_id", "mia_li_3668").build()), as(MIA)).success()).isFalse();
    }

    @Test
    void prefixNoneOffersTauBenchsExactNames() {
        AirlinePlugin exact = new AirlinePlugin(store, customer -> Optional.of("mia_li_3668"), Clock.systemUTC(),
                new BigDecimal("500"), "none");
        assertThat(exact.tools()).extracting(ToolDefinition::name).contains("get_user_details", "book_reservation");
        assertThat(exact.execute(new ToolCall("get_user_details", Json.createObjectBuilder()
                .add("user_id", "mia_li_3668").build()), as(MIA)).success()).isTrue();
    }

    @Test
    void theLinkedCustomerSeesTheirReservationsOnly() {
        ToolResult own = plugin.execute(new ToolCall("airline_get_reservation_details", reservation("NO6JO3")), as(MIA));
        assertThat(own.success()).isTrue();
        assertThat(own.data().getString("user_id")).isEqualTo("mia_li_3668");

        ToolResult foreign = plugin.execute(new ToolCall("airline_cancel_reservation", reservation("4WQ150")), as(MIA));
        assertThat(foreign.content()).isEqualTo("Error: reservation not found");
        assertThat(plugin.execute(new ToolCall("airline_get_reservation_details", reservation("NO6JO3")), as(STRANGER)).content())
                .isEqualTo("Error: user not found");
        assertThat(store.changedRecords()).isEmpty();
    }

    @Test
    void cancellingAboveTheThresholdAndCertificatesNeedApproval() {
        assertThat(plugin.requiresApproval(new ToolCall("airline_cancel_reservation", reservation("NO6JO3")), as(MIA))).isTrue();
        assertThat(plugin.requiresApproval(new ToolCall("airline_cancel_reservation", reservation("AIXC49")), as(MIA))).isFalse();
        assertThat(plugin.requiresApproval(new ToolCall("airline_send_certificate", Json.createObjectBuilder()
                .add("user_id", "mia_li_3668").add("amount", 50).build()), as(MIA))).isTrue();
        assertThat(plugin.requiresApproval(new ToolCall("airline_search_direct_flight", Json.createObjectBuilder().build()), as(MIA)))
                .isFalse();
    }

    @Test
    void aProductionBookingGetsAUniqueIdAndTheCurrentTime() {
        String flights;
        try {
            flights = new SearchDirectFlight().invoke(Json.createObjectBuilder().add("origin", "JFK")
                    .add("destination", "SEA").add("date", "2024-05-20").build(), store);
        } catch (org.switchboard.plugins.arguments.InvalidToolArgumentException e) {
            throw new AssertionError(e);
        }
        JsonObject flight = Json.createReader(new java.io.StringReader(flights)).readArray().getJsonObject(0);
        JsonObject booking = Json.createObjectBuilder()
                .add("user_id", "mia_li_3668").add("origin", "JFK").add("destination", "SEA")
                .add("flight_type", "one_way").add("cabin", "economy")
                .add("flights", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("flight_number", flight.getString("flight_number")).add("date", "2024-05-20")))
                .add("passengers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("first_name", "Mia").add("last_name", "Li").add("dob", "1990-04-05")))
                .add("payment_methods", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("payment_id", "credit_card_4421486")
                        .add("amount", flight.getJsonObject("prices").getInt("economy"))))
                .add("total_baggages", 0).add("nonfree_baggages", 0).add("insurance", "no")
                .build();
        ToolResult result = plugin.execute(new ToolCall("airline_book_reservation", booking), as(MIA));
        assertThat(result.success()).as(result.content()).isTrue();
        assertThat(result.data().getString("reservation_id")).matches("[A-Z0-9]{6}").isNotEqualTo("HATHAT");
        assertThat(result.data().getString("created_at")).isEqualTo("2026-11-23T10:15:30");
        assertThat(store.findUser("mia_li_3668").orElseThrow().getJsonArray("reservations").getString(3))
                .isEqualTo(result.data().getString("reservation_id"));
    }
}
