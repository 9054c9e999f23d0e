package org.switchboard.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;

/** The errbot-style lifecycle as {@link ToolRegistry} drives it from stored settings. */
class PluginLifecycleTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(1), new ConversationId(2), Channel.SLACK);
    private static final Logger REGISTRY_LOG = Logger.getLogger(ToolRegistry.class.getName());
    private static Level previousLevel;

    @BeforeAll
    static void quietRegistryLog() {
        previousLevel = REGISTRY_LOG.getLevel();
        REGISTRY_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreRegistryLog() {
        REGISTRY_LOG.setLevel(previousLevel);
    }

    @Test
    void aPluginWithoutLifecycleMethodsIsActiveWithItsDefaults() {
        LifecyclePlugin kb = new LifecyclePlugin("kb", "search_knowledge_base");
        ToolRegistry registry = registry(null, kb);

        assertThat(registry.status("kb")).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(PluginState.ACTIVE));
        assertThat(kb.events).containsExactly("configure{}", "activate");
        assertThat(registry.invoke(new ToolCall("search_knowledge_base", null), CONTEXT).success()).isTrue();
    }

    @Test
    void aPluginThatThrowsOnActivateIsFailedReportedAndSkipped() {
        LifecyclePlugin broken = new LifecyclePlugin("broken", "broken_tool") {
            @Override
            public void activate() {
                throw new IllegalStateException("cannot reach the service");
            }
        };
        LifecyclePlugin tickets = new LifecyclePlugin("tickets", "open_ticket");
        MemoryStore store = new MemoryStore();

        ToolRegistry registry = registry(store, broken, tickets);

        PluginStatus status = registry.status("broken").orElseThrow();
        assertThat(status.state()).isEqualTo(PluginState.FAILED);
        assertThat(status.lastError()).isEqualTo("IllegalStateException: cannot reach the service");
        assertThat(store.reported).containsEntry("broken", PluginState.FAILED).containsEntry("tickets", PluginState.ACTIVE);
        assertThat(registry.definitions()).extracting(ToolDefinition::name).containsExactly("open_ticket");
        ToolResult refused = registry.invoke(new ToolCall("broken_tool", null), CONTEXT);
        assertThat(refused.success()).isFalse();
        assertThat(refused.content()).contains("failed to start");
        assertThat(registry.invoke(new ToolCall("open_ticket", null), CONTEXT).success()).isTrue();
    }

    @Test
    void disablingDeactivatesTheToolsAndEnablingActivatesThemAgainWithoutARestart() {
        LifecyclePlugin kb = new LifecyclePlugin("kb", "search_knowledge_base");
        MemoryStore store = new MemoryStore();
        ToolRegistry registry = registry(store, kb);

        store.put("kb", false, Map.of());
        registry.refreshNow();

        assertThat(registry.status("kb").orElseThrow().state()).isEqualTo(PluginState.DISABLED);
        assertThat(registry.definitions()).isEmpty();
        assertThat(registry.find("search_knowledge_base")).isEmpty();
        ToolResult refused = registry.forAgent(ToolRegistry.DEFAULT_AGENT)
                .invoke(new ToolCall("search_knowledge_base", null), CONTEXT);
        assertThat(refused.success()).isFalse();
        assertThat(refused.content()).isEqualTo("The tool 'search_knowledge_base' is disabled: an administrator "
                + "switched off the plugin kb.");
        assertThat(kb.executed).isZero();

        store.put("kb", true, Map.of());
        registry.refreshNow();

        assertThat(registry.status("kb").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
        assertThat(kb.events).containsExactly("configure{}", "activate", "deactivate", "configure{}", "activate");
        assertThat(registry.invoke(new ToolCall("search_knowledge_base", null), CONTEXT).success()).isTrue();
    }

    @Test
    void anotherServersChangeIsSeenAfterTheRefreshIntervalThroughTheRevision() {
        LifecyclePlugin kb = new LifecyclePlugin("kb", "search_knowledge_base");
        MemoryStore store = new MemoryStore();
        ToolRegistry registry = registry(store, kb);
        registry.refreshMillis = 3_600_000;
        int loadsBefore = store.loads;

        store.put("kb", false, Map.of());
        assertThat(registry.definitions()).as("within the interval nothing is read").hasSize(1);
        assertThat(store.loads).isEqualTo(loadsBefore);

        registry.refreshMillis = 0;
        assertThat(registry.definitions()).as("interval over: the new revision is loaded").isEmpty();
        assertThat(store.loads).isEqualTo(loadsBefore + 1);
        registry.definitions();
        assertThat(store.loads).as("same revision: checked, not reloaded").isEqualTo(loadsBefore + 1);
    }

    @Test
    void aConfigurationChangeReconfiguresAndReactivatesOnlyThatPlugin() {
        LifecyclePlugin configurable = new LifecyclePlugin("conf", "conf_tool", ConfigurationTemplate.of(
                new ConfigField("timeoutSeconds", ConfigFieldType.INTEGER, "5", true, "Timeout."),
                new ConfigField("apiToken", ConfigFieldType.SECRET, null, true, "Token.")));
        LifecyclePlugin other = new LifecyclePlugin("other", "other_tool");
        MemoryStore store = new MemoryStore();
        ToolRegistry registry = registry(store, configurable, other);

        PluginStatus unconfigured = registry.status("conf").orElseThrow();
        assertThat(unconfigured.state()).isEqualTo(PluginState.UNCONFIGURED);
        assertThat(unconfigured.lastError()).isEqualTo("Configuration incomplete or invalid: apiToken: is required");
        assertThat(configurable.events).isEmpty();

        store.put("conf", true, Map.of("apiToken", "t0k"));
        registry.refreshNow();

        assertThat(registry.status("conf").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
        assertThat(configurable.events).containsExactly("configure{apiToken=t0k, timeoutSeconds=5}", "activate");
        assertThat(other.events).containsExactly("configure{}", "activate");

        store.bump();
        registry.refreshNow();
        assertThat(configurable.events).as("same settings, new revision: nothing to redo").hasSize(2);
    }

    @Test
    void thePluginsOwnValidationKeepsItUnconfigured() {
        LifecyclePlugin picky = new LifecyclePlugin("picky", "picky_tool", ConfigurationTemplate.of(
                new ConfigField("timeoutSeconds", ConfigFieldType.INTEGER, "500", true, "Timeout."))) {
            @Override
            public List<FieldError> validate(PluginConfiguration configuration) {
                return configuration.integer("timeoutSeconds") > 60
                        ? List.of(new FieldError("timeoutSeconds", "must be at most 60")) : List.of();
            }
        };
        ToolRegistry registry = registry(new MemoryStore(), picky);

        assertThat(registry.status("picky").orElseThrow().state()).isEqualTo(PluginState.UNCONFIGURED);
        assertThat(registry.validate("picky", Map.of("timeoutSeconds", "30"))).isEmpty();
        assertThat(registry.validate("picky", Map.of("timeoutSeconds", "90")))
                .containsExactly(new FieldError("timeoutSeconds", "must be at most 60"));
        assertThat(registry.validate("picky", Map.of("timeoutSeconds", "x")))
                .containsExactly(new FieldError("timeoutSeconds", "must be a whole number"));
    }

    @Test
    void agentsUseOnlyTheToolsGrantedToThem() {
        MemoryStore store = new MemoryStore();
        store.grants.put("orders", Set.of("open_ticket"));
        ToolRegistry registry = registry(store, new LifecyclePlugin("kb", "search_knowledge_base"),
                new LifecyclePlugin("tickets", "open_ticket"));

        assertThat(registry.forAgent("first-responder").invoke(new ToolCall("search_knowledge_base", null), CONTEXT)
                .success()).isTrue();
        assertThat(registry.forAgent("orders").invoke(new ToolCall("open_ticket", null), CONTEXT).success()).isTrue();
        ToolResult refused = registry.forAgent("orders").invoke(new ToolCall("search_knowledge_base", null), CONTEXT);
        assertThat(refused.success()).isFalse();
        assertThat(refused.content()).contains("not available to the agent orders");
        assertThat(registry.forAgent("nobody").invoke(new ToolCall("open_ticket", null), CONTEXT).success()).isFalse();
        assertThat(registry.definitionsFor("orders")).extracting(ToolDefinition::name).containsExactly("open_ticket");
    }

    @Test
    void whenTheStoreFailsTheLastSettingsStayInForce() {
        LifecyclePlugin kb = new LifecyclePlugin("kb", "search_knowledge_base");
        MemoryStore store = new MemoryStore();
        ToolRegistry registry = registry(store, kb);

        store.failing = true;
        registry.refreshNow();

        assertThat(registry.status("kb").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
        assertThat(registry.invoke(new ToolCall("search_knowledge_base", null), CONTEXT).success()).isTrue();
    }

    private static ToolRegistry registry(MemoryStore store, ToolPlugin... plugins) {
        ToolRegistry registry = new ToolRegistry();
        registry.plugins = new FakeInstance<>(plugins);
        registry.stores = store == null ? new FakeInstance<>() : new FakeInstance<>(store);
        registry.discover();
        registry.refreshNow();
        return registry;
    }

    /** A plugin that records its lifecycle calls. */
    private static class LifecyclePlugin implements ToolPlugin {
        final List<String> events = new ArrayList<>();
        int executed;
        private final PluginDescriptor descriptor;
        private final String tool;
        private final ConfigurationTemplate template;

        LifecyclePlugin(String id, String tool) {
            this(id, tool, ConfigurationTemplate.empty());
        }

        LifecyclePlugin(String id, String tool, ConfigurationTemplate template) {
            this.descriptor = new PluginDescriptor(id, "1.0.0", "Plugin " + id);
            this.tool = tool;
            this.template = template;
        }

        @Override
        public PluginDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public List<ToolDefinition> tools() {
            return List.of(new ToolDefinition(tool, tool, Json.createObjectBuilder().build(), ToolRisk.READ));
        }

        @Override
        public ConfigurationTemplate configurationTemplate() {
            return template;
        }

        @Override
        public void configure(PluginConfiguration configuration) {
            events.add("configure" + new java.util.TreeMap<>(configuration.asMap()));
        }

        @Override
        public void activate() {
            events.add("activate");
        }

        @Override
        public void deactivate() {
            events.add("deactivate");
        }

        @Override
        public ToolResult execute(ToolCall call, ToolContext context) {
            executed++;
            return ToolResult.ok("ran " + call.name(), null);
        }
    }

    /** The shared database as several servers would see it. */
    private static final class MemoryStore implements PluginSettingsStore {
        final Map<String, PluginSettings> settings = new HashMap<>();
        final Map<String, Set<String>> grants = new HashMap<>(Map.of(ToolRegistry.DEFAULT_AGENT, Set.of(ToolRegistry.ALL_TOOLS)));
        final Map<String, PluginState> reported = new HashMap<>();
        long revision;
        int loads;
        boolean failing;

        void put(String id, boolean enabled, Map<String, String> values) {
            settings.put(id, new PluginSettings(id, enabled, values, null, null));
            bump();
        }

        void bump() {
            revision++;
        }

        @Override
        public long revision() {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            return revision;
        }

        @Override
        public RegistrySettings load() {
            loads++;
            return new RegistrySettings(revision, settings, grants);
        }

        @Override
        public void reportState(String pluginId, PluginState state, String lastError) {
            reported.put(pluginId, state);
        }
    }
}
