package org.switchboard.plugins.profile;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.CustomerProfile;
import org.switchboard.core.customer.CustomerProfiles;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/** {@link CustomerProfilePlugin}: the verified customer's own profile, never one named in the arguments. */
class CustomerProfilePluginTest {

    private static final Instant SINCE = Instant.parse("2026-03-02T08:15:00Z");

    /** Knows customers 7 (Ana, two identities) and 8 (no name); records which ids were asked for. */
    private static final class FakeProfiles extends CustomerProfiles {
        final List<Long> asked = new ArrayList<>();

        @Override
        public Optional<CustomerProfile> find(CustomerId customer) {
            asked.add(customer.value());
            if (customer.value() == 7) {
                return Optional.of(new CustomerProfile(7, "Ana", SINCE, List.of(
                        new CustomerProfile.Identity(Channel.SLACK, "T111:U123", SINCE),
                        new CustomerProfile.Identity(Channel.EMAIL, "ana@example.com", SINCE.plusSeconds(86400))),
                        3, 1));
            }
            if (customer.value() == 8) {
                return Optional.of(new CustomerProfile(8, null, SINCE, List.of(), 1, 0));
            }
            return Optional.empty();
        }
    }

    private final FakeProfiles profiles = new FakeProfiles();
    private final CustomerProfilePlugin plugin = new CustomerProfilePlugin(profiles);

    private static ToolContext customer(long id) {
        return new ToolContext(new CustomerId(id), new ConversationId(1), Channel.SLACK);
    }

    @Test
    void describesOneReadToolWithoutParameters() {
        assertThat(plugin.descriptor().id()).isEqualTo("customer-profile");
        assertThat(plugin.tools()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("get_my_profile");
            assertThat(t.risk()).isEqualTo(ToolRisk.READ);
            assertThat(t.parameters().getJsonObject("properties")).isEmpty();
            assertThat(t.parameters().getBoolean("additionalProperties")).isFalse();
        });
    }

    @Test
    void returnsTheVerifiedCustomersProfileAndIgnoresAnIdInTheArguments() {
        ToolResult result = plugin.execute(new ToolCall("get_my_profile",
                Json.createObjectBuilder().add("customer_id", 8).build()), customer(7));

        assertThat(profiles.asked).containsExactly(7L);
        assertThat(result.success()).isTrue();
        assertThat(result.content()).isEqualTo("Customer Ana has been a customer since 2026-03-02, reaches support"
                + " through SLACK (T111:U123), EMAIL (ana@example.com), has had 3 conversations and 1 open ticket.");
        JsonObject data = result.data();
        assertThat(data.getJsonNumber("customerId").longValue()).isEqualTo(7);
        assertThat(data.getString("displayName")).isEqualTo("Ana");
        assertThat(data.getString("customerSince")).isEqualTo("2026-03-02T08:15:00Z");
        assertThat(data.getJsonArray("identities")).hasSize(2);
        assertThat(data.getJsonArray("identities").getJsonObject(1).getString("externalId"))
                .isEqualTo("ana@example.com");
        assertThat(data.getInt("conversations")).isEqualTo(3);
        assertThat(data.getInt("openTickets")).isEqualTo(1);
    }

    @Test
    void aNamelessCustomerAndAnUnknownCustomerAreReportedPlainly() {
        ToolResult nameless = plugin.execute(new ToolCall("get_my_profile", null), customer(8));
        assertThat(nameless.content()).startsWith("The customer has been a customer since").contains("no known channel")
                .contains("1 conversation and 0 open tickets");
        assertThat(nameless.data().isNull("displayName")).isTrue();

        ToolResult unknown = plugin.execute(new ToolCall("get_my_profile", null), customer(99));
        assertThat(unknown.success()).isFalse();
        assertThat(plugin.execute(new ToolCall("open_ticket", null), customer(7)).success()).isFalse();
    }
}
