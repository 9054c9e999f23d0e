package org.switchboard.core.tool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.privacy.Logs;

/**
 * Finds every {@link ToolPlugin} bean, runs each through its lifecycle according to the settings admins stored
 * (enabled, configuration) and runs tool calls by name.
 *
 * <p><b>Isolation.</b> A plugin whose {@code descriptor()} throws is logged and skipped; one whose {@code tools()}
 * or template throws, or whose {@code configure}/{@code activate} throws, is {@link PluginState#FAILED} with the
 * error reported; the others keep working. A tool that throws while running gives an error {@link ToolResult},
 * never an exception to the caller (a turn never fails because a tool did).
 *
 * <p><b>Changes without restart, on every server.</b> Settings live in a {@link PluginSettingsStore} shared by
 * all servers, with a change counter (revision) that every admin change increments in the same transaction.
 * Before it offers or runs a tool, the registry compares the stored revision with the one it applied, at most
 * once per {@code switchboard.plugins.refresh-ms} (default 2000 ms); when it differs it reloads the settings
 * and reconciles: disabled plugins are deactivated, enabled or reconfigured ones are (re)configured and
 * activated. The server where the admin made the change reconciles at once ({@link #refreshNow()}); the others
 * within one refresh interval. Each server reports the state it observed back to the store.
 *
 * <p><b>Access control is a filter, not plugin code.</b> {@link #forAgent(String)} gives an agent a view that
 * offers and runs only the tools granted to it ({@value #ALL_TOOLS} grants every tool).
 */
@ApplicationScoped
public class ToolRegistry implements ToolCatalog {

    /** The grant that lets an agent use every tool. */
    public static final String ALL_TOOLS = "*";
    /** The agent that may use every tool when no store says otherwise. */
    public static final String DEFAULT_AGENT = "first-responder";
    /** The model-backed agent, which may also use every tool when no store says otherwise. */
    public static final String MODEL_AGENT = "assistant";

    private static final Logger LOG = Logs.logger(ToolRegistry.class);
    private static final int MAX_ERROR_CHARS = 1000;

    /**
     * What a tool that acts on customer data answers an unauthenticated sender: written for the customer, so an
     * agent can pass it on unchanged.
     */
    public static final String UNVERIFIED_SENDER_REPLY = "I can't open account details such as orders, bookings,"
            + " your profile or your tickets from this message: our mail server could not confirm that it really comes"
            + " from the address it shows. Please write to us again from the address registered with your account,"
            + " and I'll continue from there. If you can't, ask for a person and our team will check and get back"
            + " to you. General questions I'm happy to answer right here.";

    @Inject
    @Any
    Instance<ToolPlugin> plugins;

    @Inject
    Instance<PluginSettingsStore> stores;

    @Inject
    Instance<ApprovalGate> approvals;

    @Inject
    Instance<AuditLog> audit;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.refresh-ms", defaultValue = "2000")
    long refreshMillis = 2000;

    private final Map<String, ManagedPlugin> pluginsById = new LinkedHashMap<>();
    private final Map<String, ManagedPlugin> toolsByName = new LinkedHashMap<>();
    private volatile Map<String, Set<String>> agentTools = Map.of(DEFAULT_AGENT, Set.of(ALL_TOOLS), MODEL_AGENT, Set.of(ALL_TOOLS));
    private volatile boolean loaded;
    private volatile long appliedRevision = Long.MIN_VALUE;
    private volatile long lastCheckNanos;
    private volatile boolean checked;

    /** Indexes the tools of every discovered plugin; with no store, activates them with their defaults. */
    @PostConstruct
    void discover() {
        for (ToolPlugin plugin : plugins) {
            register(plugin);
        }
        LOG.info(() -> "Tool registry: " + pluginsById.size() + " plugin(s), " + toolsByName.size() + " tool(s) "
                + toolsByName.keySet());
        if (store() == null) {
            reconcile(new RegistrySettings(0, Map.of(), Map.of(DEFAULT_AGENT, Set.of(ALL_TOOLS), MODEL_AGENT, Set.of(ALL_TOOLS))));
            loaded = true;
        }
    }

    /**
     * A registry outside a CDI container, for command-line tools such as the end-to-end answer benchmark: the given
     * plugins, each activated with its defaults, no settings store and no approval gate (a call that needs approval
     * is refused with an error result), and fixed grants.
     *
     * @param plugins the plugins, in order (a later plugin offering an already offered tool name is ignored for it)
     * @param grants  the tools each agent may use, by agent name ({@value #ALL_TOOLS} grants every tool)
     * @return the ready registry
     * @throws NullPointerException if an argument or a plugin is null
     */
    public static ToolRegistry standalone(List<ToolPlugin> plugins, Map<String, Set<String>> grants) {
        ToolRegistry registry = new ToolRegistry();
        for (ToolPlugin plugin : plugins) {
            registry.register(Objects.requireNonNull(plugin, "plugin"));
        }
        registry.reconcile(new RegistrySettings(0, Map.of(), Map.copyOf(grants)));
        registry.loaded = true;
        return registry;
    }

    /**
     * Creates the registry, and so every plugin, when the application starts rather than on the first message
     * (the knowledge-base index takes about a second to build), and applies the stored settings (after the
     * schema migration, which observes {@code Startup} at priority APPLICATION).
     */
    void warmUp(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100) Startup startup) {
        refreshNow();
        LOG.info(() -> "Tool registry ready: " + pluginsById.values().stream()
                .map(p -> p.descriptor.id() + "=" + p.state).collect(Collectors.joining(", ")));
    }

    /** Deactivates every active plugin when the application stops. */
    @PreDestroy
    synchronized void shutdown() {
        for (ManagedPlugin plugin : pluginsById.values()) {
            if (plugin.state == PluginState.ACTIVE) {
                deactivate(plugin);
            }
        }
    }

    private void register(ToolPlugin plugin) {
        PluginDescriptor descriptor;
        try {
            descriptor = plugin.descriptor();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Tool plugin " + plugin.getClass().getName() + " has no descriptor; skipped", e);
            return;
        }
        if (pluginsById.containsKey(descriptor.id())) {
            LOG.warning(() -> "Tool plugin " + plugin.getClass().getName() + " ignored: another plugin has the id "
                    + descriptor.id());
            return;
        }
        ManagedPlugin managed = new ManagedPlugin(descriptor, plugin);
        pluginsById.put(descriptor.id(), managed);
        try {
            managed.template = Objects.requireNonNull(plugin.configurationTemplate(), "configurationTemplate()");
            List<ToolDefinition> declared = List.copyOf(plugin.tools());
            List<ToolDefinition> own = new ArrayList<>();
            for (ToolDefinition tool : declared) {
                ManagedPlugin previous = toolsByName.putIfAbsent(tool.name(), managed);
                if (previous == null) {
                    own.add(tool);
                } else {
                    LOG.warning(() -> "Tool " + tool.name() + " of plugin " + descriptor.id()
                            + " ignored: plugin " + previous.descriptor.id() + " already offers it");
                }
            }
            managed.tools = List.copyOf(own);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Tool plugin " + descriptor.id() + " could not be registered; skipped", e);
            managed.broken = true;
            managed.state = PluginState.FAILED;
            managed.lastError = describe(e);
        }
    }

    private PluginSettingsStore store() {
        return stores != null && stores.isResolvable() ? stores.get() : null;
    }

    /**
     * Reads the store's revision now (not waiting for the refresh interval) and, if it changed, reloads the
     * settings and reconciles every plugin. Call it after committing an admin change. Never throws: a store
     * failure is logged and the last applied settings stay in force.
     */
    public void refreshNow() {
        checked = false;
        refreshIfDue();
    }

    private void refreshIfDue() {
        PluginSettingsStore store = store();
        if (store == null) {
            return;
        }
        long intervalNanos = Math.max(0, refreshMillis) * 1_000_000L;
        if (checked && System.nanoTime() - lastCheckNanos < intervalNanos) {
            return;
        }
        synchronized (this) {
            if (checked && System.nanoTime() - lastCheckNanos < intervalNanos) {
                return;
            }
            try {
                long revision = store.revision();
                if (!loaded || revision != appliedRevision) {
                    RegistrySettings settings = store.load();
                    reconcile(settings);
                    for (ManagedPlugin plugin : pluginsById.values()) {
                        PluginSettings stored = settings.plugins().get(plugin.descriptor.id());
                        if (stored == null || stored.reportedState() != plugin.state
                                || !Objects.equals(stored.reportedError(), plugin.lastError)) {
                            store.reportState(plugin.descriptor.id(), plugin.state, plugin.lastError);
                        }
                    }
                    appliedRevision = settings.revision();
                    loaded = true;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Tool registry could not read the plugin settings; keeping the last ones", e);
            } finally {
                lastCheckNanos = System.nanoTime();
                checked = true;
            }
        }
    }

    private synchronized void reconcile(RegistrySettings settings) {
        agentTools = settings.agentTools();
        for (ManagedPlugin plugin : pluginsById.values()) {
            if (plugin.broken) {
                continue;
            }
            PluginSettings wanted = settings.plugins().getOrDefault(plugin.descriptor.id(),
                    PluginSettings.defaults(plugin.descriptor.id()));
            if (plugin.applied != null && plugin.applied.enabled() == wanted.enabled()
                    && plugin.applied.values().equals(wanted.values())) {
                continue;
            }
            apply(plugin, wanted);
        }
    }

    private void apply(ManagedPlugin plugin, PluginSettings wanted) {
        String id = plugin.descriptor.id();
        if (plugin.state == PluginState.ACTIVE) {
            plugin.state = PluginState.DISABLED;
            deactivate(plugin);
        }
        plugin.applied = wanted;
        if (!wanted.enabled()) {
            plugin.state = PluginState.DISABLED;
            plugin.lastError = null;
            LOG.info(() -> "Tool plugin " + id + " disabled");
            return;
        }
        List<FieldError> errors = validate(plugin, wanted.values());
        if (!errors.isEmpty()) {
            plugin.state = PluginState.UNCONFIGURED;
            plugin.lastError = truncate("Configuration incomplete or invalid: "
                    + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
            LOG.warning(() -> "Tool plugin " + id + " not activated: " + plugin.lastError);
            return;
        }
        try {
            plugin.plugin.configure(plugin.template.resolve(wanted.values()));
            plugin.plugin.activate();
            plugin.state = PluginState.ACTIVE;
            plugin.lastError = null;
            LOG.info(() -> "Tool plugin " + id + " " + plugin.descriptor.version() + " active");
        } catch (Exception | LinkageError e) {
            plugin.state = PluginState.FAILED;
            plugin.lastError = describe(e);
            LOG.log(Level.SEVERE, "Tool plugin " + id + " failed to activate and is skipped", e);
        }
    }

    private static List<FieldError> validate(ManagedPlugin plugin, Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>(plugin.template.check(values));
        if (errors.isEmpty()) {
            try {
                List<FieldError> own = plugin.plugin.validate(plugin.template.resolve(values));
                if (own != null) {
                    errors.addAll(own);
                }
            } catch (RuntimeException | LinkageError e) {
                errors.add(new FieldError("*", "the plugin could not validate its configuration: " + describe(e)));
            }
        }
        return errors;
    }

    private void deactivate(ManagedPlugin plugin) {
        try {
            plugin.plugin.deactivate();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Tool plugin " + plugin.descriptor.id() + " failed to deactivate", e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return truncate(e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS - 3) + "...";
    }

    /**
     * Checks a configuration a plugin would get, without applying it: the template's checks (types, required,
     * unknown fields), then the plugin's own {@link ToolPlugin#validate}.
     *
     * @param pluginId a plugin id
     * @param values   the configured values by field name (defaults not applied)
     * @return the field errors, empty when acceptable
     * @throws java.util.NoSuchElementException if no plugin has that id
     */
    public List<FieldError> validate(String pluginId, Map<String, String> values) {
        ManagedPlugin plugin = pluginsById.get(pluginId);
        if (plugin == null) {
            throw new java.util.NoSuchElementException("no plugin " + pluginId);
        }
        return validate(plugin, values);
    }

    /** @return every discovered plugin with its state on this server, in discovery order */
    public List<PluginStatus> statuses() {
        refreshIfDue();
        return pluginsById.values().stream().map(ManagedPlugin::status).toList();
    }

    /**
     * @param pluginId a plugin id
     * @return that plugin's status, if it was discovered
     */
    public Optional<PluginStatus> status(String pluginId) {
        refreshIfDue();
        return Optional.ofNullable(pluginsById.get(pluginId)).map(ManagedPlugin::status);
    }

    /**
     * @param name a tool name
     * @return the tool's definition, if an active plugin offers it
     */
    public Optional<ToolDefinition> find(String name) {
        refreshIfDue();
        ManagedPlugin plugin = toolsByName.get(name);
        return plugin == null || plugin.state != PluginState.ACTIVE ? Optional.empty() : plugin.definition(name);
    }

    /** @return the tool definitions of every active plugin, in discovery order; unmodifiable */
    @Override
    public List<ToolDefinition> definitions() {
        refreshIfDue();
        List<ToolDefinition> offered = new ArrayList<>();
        for (ManagedPlugin plugin : pluginsById.values()) {
            if (plugin.state == PluginState.ACTIVE) {
                offered.addAll(plugin.tools);
            }
        }
        return Collections.unmodifiableList(offered);
    }

    /**
     * @param agentName an agent's name
     * @return the tool definitions of active plugins that agent may use; unmodifiable
     */
    public List<ToolDefinition> definitionsFor(String agentName) {
        List<ToolDefinition> all = definitions();
        return all.stream().filter(tool -> allowed(agentName, tool.name())).toList();
    }

    /**
     * @param agentName an agent's name
     * @param toolName  a tool's name
     * @return whether an admin granted that tool (or every tool) to that agent
     */
    public boolean allowed(String agentName, String toolName) {
        Set<String> granted = agentTools.getOrDefault(agentName, Set.of());
        return granted.contains(ALL_TOOLS) || granted.contains(toolName);
    }

    /** @return the tools granted to each agent, as last loaded */
    public Map<String, Set<String>> agentTools() {
        refreshIfDue();
        return agentTools;
    }

    @Override
    public ToolInvoker forAgent(String agentName) {
        Objects.requireNonNull(agentName, "agentName");
        return (call, context) -> {
            refreshIfDue();
            if (!allowed(agentName, call.name())) {
                return ToolResult.error("The tool '" + call.name() + "' is not available to the agent " + agentName
                        + " (an administrator has not granted it).");
            }
            return invoke(call, context);
        };
    }

    @Override
    public ToolCatalog catalogFor(String agentName) {
        ToolInvoker invoker = forAgent(agentName);
        return new ToolCatalog() {
            @Override
            public List<ToolDefinition> definitions() {
                return definitionsFor(agentName);
            }

            @Override
            public ToolResult invoke(ToolCall call, ToolContext context) {
                return invoker.invoke(call, context);
            }
        };
    }

    /**
     * Runs a tool call, whichever agent made it (see {@link #forAgent(String)} for the per-agent check).
     *
     * @param call    the call
     * @param context the verified customer and conversation
     * @return the plugin's result, or an error result when no plugin offers the tool, the plugin is not active
     *         (disabled by an admin, failed, unconfigured) or the plugin threw
     */
    @Override
    public ToolResult invoke(ToolCall call, ToolContext context) {
        return run(call, context, true);
    }

    /**
     * Runs a call an approver approved: like {@link #invoke(ToolCall, ToolContext)} but without holding it for
     * approval again. Only the approval engine calls this, for the exact stored call.
     *
     * @param call    the approved call
     * @param context the customer and conversation it was made for
     * @return the plugin's result, or an error result (see {@link #invoke(ToolCall, ToolContext)})
     */
    public ToolResult invokeApproved(ToolCall call, ToolContext context) {
        return run(call, context, false);
    }

    private ToolResult run(ToolCall call, ToolContext context, boolean gated) {
        refreshIfDue();
        ManagedPlugin plugin = toolsByName.get(call.name());
        if (plugin == null) {
            return ToolResult.error("No tool named '" + call.name() + "' is available.");
        }
        PluginState state = plugin.state;
        if (state != PluginState.ACTIVE) {
            return ToolResult.error(switch (state) {
                case DISABLED -> "The tool '" + call.name() + "' is disabled: an administrator switched off the plugin "
                        + plugin.descriptor.id() + ".";
                case UNCONFIGURED -> "The tool '" + call.name() + "' is not available: the plugin "
                        + plugin.descriptor.id() + " is not configured.";
                default -> "The tool '" + call.name() + "' is not available: the plugin " + plugin.descriptor.id()
                        + " failed to start.";
            });
        }
        if (!context.senderVerified() && actsOnCustomerData(plugin, call.name())) {
            return refuseUnverified(plugin, call, context);
        }
        if (gated && needsApproval(plugin, call, context)) {
            ApprovalGate gate = approvals != null && approvals.isResolvable() ? approvals.get() : null;
            if (gate == null) {
                return ToolResult.error("The tool '" + call.name() + "' needs a human's approval, and approvals are"
                        + " not available.");
            }
            return gate.hold(call, context);
        }
        try {
            ToolResult result = plugin.plugin.execute(call, context);
            return result != null ? result : ToolResult.error("The tool " + call.name() + " returned nothing.");
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Tool " + call.name() + " of plugin " + plugin.descriptor.id()
                    + " failed for conversation " + context.conversationId().value(), e);
            return ToolResult.error("The tool " + call.name() + " failed: " + e.getClass().getSimpleName());
        }
    }

    private static boolean actsOnCustomerData(ManagedPlugin plugin, String toolName) {
        try {
            return plugin.plugin.actsOnCustomerData(toolName);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Tool " + toolName + " could not say whether it acts on customer data; treating it"
                    + " as if it does", e);
            return true;
        }
    }

    private ToolResult refuseUnverified(ManagedPlugin plugin, ToolCall call, ToolContext context) {
        String tool = Logs.neutralise(call.name(), 100);
        LOG.info(() -> "Tool " + tool + " of plugin " + plugin.descriptor.id() + " refused for conversation "
                + context.conversationId().value() + " (" + context.channel() + "): the channel could not"
                + " authenticate the sender (audit tool.refused-unverified-sender)");
        AuditLog log = audit != null && audit.isResolvable() ? audit.get() : null;
        if (log != null) {
            log.record("bot", "tool.refused-unverified-sender", "conversation:" + context.conversationId().value(),
                    "tool " + tool + " for customer " + context.customerId().value() + " via " + context.channel());
        }
        return ToolResult.senderUnverified(UNVERIFIED_SENDER_REPLY);
    }

    private static boolean needsApproval(ManagedPlugin plugin, ToolCall call, ToolContext context) {
        Optional<ToolDefinition> tool = plugin.definition(call.name());
        if (tool.isEmpty() || tool.get().risk() != ToolRisk.NEEDS_APPROVAL) {
            return false;
        }
        if (plugin.plugin instanceof ConditionalApproval conditional) {
            try {
                return conditional.requiresApproval(call, context);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Tool " + call.name() + " could not decide whether the call needs approval;"
                        + " holding it for approval", e);
                return true;
            }
        }
        return true;
    }

    /** One discovered plugin and what this server did with it. */
    private static final class ManagedPlugin {
        final PluginDescriptor descriptor;
        final ToolPlugin plugin;
        volatile ConfigurationTemplate template = ConfigurationTemplate.empty();
        volatile List<ToolDefinition> tools = List.of();
        boolean broken;
        volatile PluginSettings applied;
        volatile PluginState state = PluginState.DISABLED;
        volatile String lastError;

        ManagedPlugin(PluginDescriptor descriptor, ToolPlugin plugin) {
            this.descriptor = descriptor;
            this.plugin = plugin;
        }

        Optional<ToolDefinition> definition(String name) {
            return tools.stream().filter(t -> t.name().equals(name)).findFirst();
        }

        PluginStatus status() {
            PluginSettings settings = applied;
            return new PluginStatus(descriptor, settings == null || settings.enabled(), state, lastError, tools,
                    template, settings == null ? Map.of() : settings.values());
        }
    }
}
