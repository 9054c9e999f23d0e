package org.switchboard.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;

class ToolRegistryTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(42), new ConversationId(7), Channel.SLACK);
    private static final JsonObject NO_PARAMETERS = Json.createObjectBuilder().add("type", "object").build();
    private static final Logger REGISTRY_LOG = Logger.getLogger(ToolRegistry.class.getName());
    private static Level previousLevel;

    @BeforeAll
    static void quietRegistryLog() {
        // The registry logs the failures these tests provoke on purpose; keep the build output readable.
        previousLevel = REGISTRY_LOG.getLevel();
        REGISTRY_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreRegistryLog() {
        REGISTRY_LOG.setLevel(previousLevel);
    }

    @Test
    void runsACallOnThePluginThatOffersTheTool() {
        FakePlugin kb = new FakePlugin("knowledge-base", List.of("search_knowledge_base"),
                (call, context) -> ToolResult.ok("found " + call.arguments().getString("query"), null));
        ToolRegistry registry = registry(kb);
        ToolCall call = new ToolCall("search_knowledge_base", Json.createObjectBuilder().add("query", "card").build());

        ToolResult result = registry.invoke(call, CONTEXT);

        assertThat(result.success()).isTrue();
        assertThat(result.content()).isEqualTo("found card");
        assertThat(kb.received).singleElement().satisfies(received -> {
            assertThat(received.call()).isSameAs(call);
            assertThat(received.context()).isSameAs(CONTEXT);
        });
    }

    @Test
    void answersAnUnknownToolWithAnErrorResult() {
        ToolRegistry registry = registry(new FakePlugin("kb", List.of("search_knowledge_base"), okay()));

        ToolResult result = registry.invoke(new ToolCall("delete_everything", null), CONTEXT);

        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains("delete_everything");
        assertThat(result.data()).isEmpty();
    }

    @Test
    void answersAnyCallWithAnErrorResultWhenNoPluginIsDeployed() {
        ToolRegistry registry = registry();

        assertThat(registry.definitions()).isEmpty();
        assertThat(registry.invoke(new ToolCall("open_ticket", null), CONTEXT).success()).isFalse();
    }

    @Test
    void turnsAPluginsRuntimeExceptionIntoAnErrorResult() {
        ToolRegistry registry = registry(new FakePlugin("kb", List.of("search_knowledge_base"), (call, context) -> {
            throw new IllegalStateException("index corrupt at /var/secret/path");
        }));

        ToolResult result = registry.invoke(new ToolCall("search_knowledge_base", null), CONTEXT);

        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains("search_knowledge_base").contains("IllegalStateException")
                .doesNotContain("/var/secret/path");
    }

    @Test
    void turnsAPluginsCheckedExceptionIntoAnErrorResult() {
        ToolRegistry registry = registry(new FakePlugin("kb", List.of("search_knowledge_base"), (call, context) -> {
            throw new Sneaky(new IOException("disk gone"));
        }));

        ToolResult result = registry.invoke(new ToolCall("search_knowledge_base", null), CONTEXT);

        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains("IOException");
    }

    @Test
    void turnsAPluginsNullResultIntoAnErrorResult() {
        ToolRegistry registry = registry(new FakePlugin("kb", List.of("search_knowledge_base"), (call, context) -> null));

        ToolResult result = registry.invoke(new ToolCall("search_knowledge_base", null), CONTEXT);

        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains("search_knowledge_base");
    }

    @Test
    void skipsAPluginWhoseToolsThrowAndRegistersTheOthers() {
        FakePlugin broken = new FakePlugin("broken", List.of("x"), okay()) {
            @Override
            public List<ToolDefinition> tools() {
                throw new IllegalStateException("misconfigured");
            }
        };
        FakePlugin kb = new FakePlugin("kb", List.of("search_knowledge_base"), okay());
        FakePlugin tickets = new FakePlugin("tickets", List.of("open_ticket"), okay());

        ToolRegistry registry = registry(kb, broken, tickets);

        assertThat(registry.definitions()).extracting(ToolDefinition::name)
                .containsExactly("search_knowledge_base", "open_ticket");
        assertThat(registry.invoke(new ToolCall("open_ticket", null), CONTEXT).success()).isTrue();
    }

    @Test
    void skipsAPluginWhoseDescriptorThrows() {
        FakePlugin broken = new FakePlugin("broken", List.of("broken_tool"), okay()) {
            @Override
            public PluginDescriptor descriptor() {
                throw new IllegalStateException("no descriptor");
            }
        };
        FakePlugin kb = new FakePlugin("kb", List.of("search_knowledge_base"), okay());

        ToolRegistry registry = registry(broken, kb);

        assertThat(registry.find("broken_tool")).isEmpty();
        assertThat(registry.find("search_knowledge_base")).isPresent();
    }

    @Test
    void keepsTheFirstPluginsToolWhenTwoPluginsOfferTheSameName() {
        FakePlugin first = new FakePlugin("first", List.of("open_ticket"), (call, context) -> ToolResult.ok("first", null));
        FakePlugin second = new FakePlugin("second", List.of("open_ticket", "close_ticket"),
                (call, context) -> ToolResult.ok("second", null));

        ToolRegistry registry = registry(first, second);

        assertThat(registry.definitions()).extracting(ToolDefinition::name).containsExactly("open_ticket", "close_ticket");
        assertThat(registry.find("open_ticket")).hasValueSatisfying(
                definition -> assertThat(definition.description()).isEqualTo("open_ticket of first"));
        assertThat(registry.invoke(new ToolCall("open_ticket", null), CONTEXT).content()).isEqualTo("first");
        assertThat(registry.invoke(new ToolCall("close_ticket", null), CONTEXT).content()).isEqualTo("second");
        assertThat(second.received).extracting(received -> received.call().name()).containsExactly("close_ticket");
    }

    @Test
    void findsADefinitionByNameOnly() {
        ToolRegistry registry = registry(new FakePlugin("kb", List.of("search_knowledge_base"), okay()));

        assertThat(registry.find("search_knowledge_base")).hasValueSatisfying(definition -> {
            assertThat(definition.name()).isEqualTo("search_knowledge_base");
            assertThat(definition.risk()).isEqualTo(ToolRisk.READ);
        });
        assertThat(registry.find("SEARCH_KNOWLEDGE_BASE")).isEmpty();
        assertThat(registry.find("nothing")).isEmpty();
    }

    @Test
    void listsDefinitionsInDiscoveryOrderAsAnUnmodifiableList() {
        ToolRegistry registry = registry(
                new FakePlugin("a", List.of("zeta", "alpha"), okay()),
                new FakePlugin("b", List.of("mu"), okay()));

        List<ToolDefinition> definitions = registry.definitions();

        assertThat(definitions).extracting(ToolDefinition::name).containsExactly("zeta", "alpha", "mu");
        assertThatThrownBy(() -> definitions.add(definitions.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesToolsOnCustomerDataForAnUnverifiedSenderBeforeThePluginRunsAndAllowsPublicOnes() {
        FakePlugin orders = new FakePlugin("orders", List.of("get_order_details"), okay());
        FakePlugin kb = new FakePlugin("kb", List.of("search_knowledge_base"), okay()) {
            @Override
            public boolean actsOnCustomerData(String toolName) {
                return false;
            }
        };
        ToolRegistry registry = registry(orders, kb);
        ToolContext unverified = new ToolContext(new CustomerId(43), new ConversationId(8), Channel.EMAIL, false);

        ToolResult refused = registry.invoke(new ToolCall("get_order_details", null), unverified);
        assertThat(refused.success()).isFalse();
        assertThat(refused.refusedForUnverifiedSender()).isTrue();
        assertThat(refused.content()).isEqualTo(ToolRegistry.UNVERIFIED_SENDER_REPLY).contains("could not confirm");
        assertThat(orders.received).as("the plugin never ran").isEmpty();

        assertThat(registry.invoke(new ToolCall("search_knowledge_base", null), unverified).success()).isTrue();
        assertThat(registry.invoke(new ToolCall("get_order_details", null), CONTEXT).success()).isTrue();
        assertThat(ToolResult.error("x").refusedForUnverifiedSender()).isFalse();
    }

    private static ToolRegistry registry(ToolPlugin... plugins) {
        ToolRegistry registry = new ToolRegistry();
        registry.plugins = new FakeInstance<>(plugins);
        registry.discover();
        return registry;
    }

    private static BiFunction<ToolCall, ToolContext, ToolResult> okay() {
        return (call, context) -> ToolResult.ok("ok", null);
    }

    /** Lets a lambda throw a checked exception through {@link ToolPlugin#execute}. */
    private static final class Sneaky extends RuntimeException {
        Sneaky(Exception cause) {
            super(cause);
        }
    }

    private static class FakePlugin implements ToolPlugin {
        record Received(ToolCall call, ToolContext context) {
        }

        final List<Received> received = new ArrayList<>();
        private final PluginDescriptor descriptor;
        private final List<ToolDefinition> tools;
        private final BiFunction<ToolCall, ToolContext, ToolResult> behaviour;

        FakePlugin(String id, List<String> toolNames, BiFunction<ToolCall, ToolContext, ToolResult> behaviour) {
            this.descriptor = new PluginDescriptor(id, "1.0.0", "Fake plugin " + id);
            this.tools = toolNames.stream()
                    .map(name -> new ToolDefinition(name, name + " of " + id, NO_PARAMETERS, ToolRisk.READ))
                    .toList();
            this.behaviour = behaviour;
        }

        @Override
        public PluginDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public List<ToolDefinition> tools() {
            return tools;
        }

        @Override
        public ToolResult execute(ToolCall call, ToolContext context) throws Exception {
            received.add(new Received(call, context));
            try {
                return behaviour.apply(call, context);
            } catch (Sneaky e) {
                throw (Exception) e.getCause();
            }
        }
    }
}
