package org.switchboard.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;

class ToolRecordsTest {

    private static final JsonObject SCHEMA = Json.createObjectBuilder().add("type", "object").build();

    @Test
    void toolCallTurnsNullArgumentsIntoAnEmptyObject() {
        ToolCall call = new ToolCall("open_ticket", null);

        assertThat(call.arguments()).isNotNull().isEmpty();
        assertThat(call.arguments().toString()).isEqualTo("{}");
    }

    @Test
    void toolCallKeepsGivenArguments() {
        JsonObject arguments = Json.createObjectBuilder().add("query", "card").build();

        assertThat(new ToolCall("search_knowledge_base", arguments).arguments()).isSameAs(arguments);
    }

    @Test
    void toolCallRequiresAName() {
        assertThatThrownBy(() -> new ToolCall(null, SCHEMA)).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    }

    @Test
    void okResultIsSuccessfulAndKeepsContentAndData() {
        JsonObject data = Json.createObjectBuilder().add("ticketNumber", "#1").build();

        ToolResult result = ToolResult.ok("Opened ticket #1.", data);

        assertThat(result.success()).isTrue();
        assertThat(result.content()).isEqualTo("Opened ticket #1.");
        assertThat(result.data()).isSameAs(data);
    }

    @Test
    void okResultWithoutDataHasAnEmptyObject() {
        assertThat(ToolResult.ok("done", null).data()).isNotNull().isEmpty();
    }

    @Test
    void errorResultFailsWithTheMessageAndAnEmptyObject() {
        ToolResult result = ToolResult.error("No such order.");

        assertThat(result.success()).isFalse();
        assertThat(result.content()).isEqualTo("No such order.");
        assertThat(result.data()).isNotNull().isEmpty();
    }

    @Test
    void resultRequiresContent() {
        assertThatThrownBy(() -> ToolResult.ok(null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ToolResult.error(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void pluginDescriptorKeepsItsComponents() {
        PluginDescriptor descriptor = new PluginDescriptor("knowledge-base", "1.2.3", "Searches the help center.");

        assertThat(descriptor.id()).isEqualTo("knowledge-base");
        assertThat(descriptor.version()).isEqualTo("1.2.3");
        assertThat(descriptor.description()).isEqualTo("Searches the help center.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void pluginDescriptorRejectsABlankId(String id) {
        assertThatThrownBy(() -> new PluginDescriptor(id, "1.0.0", "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pluginDescriptorRejectsNulls() {
        assertThatThrownBy(() -> new PluginDescriptor(null, "1.0.0", "d")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PluginDescriptor("kb", null, "d")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PluginDescriptor("kb", "1.0.0", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toolDefinitionRejectsNulls() {
        assertThatThrownBy(() -> new ToolDefinition(null, "d", SCHEMA, ToolRisk.READ))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new ToolDefinition("t", null, SCHEMA, ToolRisk.READ))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("description");
        assertThatThrownBy(() -> new ToolDefinition("t", "d", null, ToolRisk.READ))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("parameters");
        assertThatThrownBy(() -> new ToolDefinition("t", "d", SCHEMA, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("risk");
    }

    @Test
    void toolContextRejectsNulls() {
        CustomerId customer = new CustomerId(1);
        ConversationId conversation = new ConversationId(2);

        assertThatThrownBy(() -> new ToolContext(null, conversation, Channel.SLACK)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ToolContext(customer, null, Channel.SLACK)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ToolContext(customer, conversation, null)).isInstanceOf(NullPointerException.class);
    }
}
