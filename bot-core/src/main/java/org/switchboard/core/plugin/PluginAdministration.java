package org.switchboard.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.tool.ConfigField;
import org.switchboard.core.tool.ConfigurationTemplate;
import org.switchboard.core.tool.FieldError;
import org.switchboard.core.tool.PluginStatus;
import org.switchboard.core.tool.ToolRegistry;

/**
 * What admins do with plugins: list them, enable or disable them, read and change their configuration, and
 * decide which agent may use which tool. Every change is stored, audited (actor, action, subject, what
 * changed; never a secret's value) and committed in one transaction, then applied by this server's
 * {@link ToolRegistry} at once and by every other server within its refresh interval.
 */
@ApplicationScoped
public class PluginAdministration {

    private static final Logger LOG = Logs.logger(PluginAdministration.class);

    @Inject
    ToolRegistry registry;

    @Inject
    JpaPluginSettingsStore store;

    @Inject
    AuditLog audit;

    /** This bean through its CDI proxy, so the transactional write methods run in their own transaction. */
    @Inject
    PluginAdministration self;

    /** @return every discovered plugin, in discovery order */
    public List<PluginView> plugins() {
        List<JpaPluginSettingsStore.Row> rows = store.rows();
        return registry.statuses().stream().map(status -> view(status, rows)).toList();
    }

    /**
     * @param pluginId a plugin id
     * @return that plugin
     * @throws UnknownPluginException if none has that id
     */
    public PluginView plugin(String pluginId) {
        PluginStatus status = registry.status(pluginId).orElseThrow(() -> new UnknownPluginException(pluginId));
        return view(status, store.row(pluginId).stream().toList());
    }

    /**
     * Enables or disables a plugin. Disabling deactivates it: its tools are no longer offered and calls to them
     * are refused. Enabling (re)configures and activates it.
     *
     * @param pluginId the plugin
     * @param enabled  the new setting
     * @param actor    the admin's user name
     * @return the plugin after the change
     * @throws UnknownPluginException if none has that id
     */
    public PluginView setEnabled(String pluginId, boolean enabled, String actor) {
        requireKnown(pluginId);
        self.writeEnabled(pluginId, enabled, actor);
        registry.refreshNow();
        return plugin(pluginId);
    }

    /**
     * Changes a plugin's configuration after validating the result (template checks, then the plugin's own).
     *
     * @param pluginId the plugin
     * @param change   the fields to set or clear
     * @param actor    the admin's user name
     * @return the plugin after the change (reconfigured and reactivated if enabled)
     * @throws UnknownPluginException        if none has that id
     * @throws InvalidConfigurationException if the resulting configuration is invalid; nothing is stored
     */
    public PluginView configure(String pluginId, ConfigurationChange change, String actor) {
        PluginStatus status = registry.status(pluginId).orElseThrow(() -> new UnknownPluginException(pluginId));
        self.writeConfiguration(pluginId, status.template(), change, actor);
        registry.refreshNow();
        return plugin(pluginId);
    }

    /** @return the tools granted to each agent */
    public List<AgentToolGrants> agentTools() {
        return store.grants().entrySet().stream()
                .map(e -> new AgentToolGrants(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * Replaces the tools an agent may use.
     *
     * @param agent the agent's name, not blank
     * @param tools tool names, or {@code *} for all; names of no known tool are refused
     * @param actor the admin's user name
     * @return the agent's grants after the change
     * @throws InvalidConfigurationException if a name is blank or no plugin declares it
     */
    public AgentToolGrants grantTools(String agent, Set<String> tools, String actor) {
        Objects.requireNonNull(agent, "agent");
        Set<String> known = new TreeSet<>();
        registry.statuses().forEach(s -> s.tools().forEach(t -> known.add(t.name())));
        List<FieldError> errors = new ArrayList<>();
        if (agent.isBlank() || agent.length() > 100) {
            errors.add(new FieldError("agent", "must be 1 to 100 characters"));
        }
        for (String tool : tools) {
            if (!ToolRegistry.ALL_TOOLS.equals(tool) && !known.contains(tool)) {
                errors.add(new FieldError("tools", "no plugin offers a tool named '" + tool + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidConfigurationException(errors);
        }
        self.writeGrants(agent, new TreeSet<>(tools), actor);
        registry.refreshNow();
        return new AgentToolGrants(agent, List.copyOf(new TreeSet<>(tools)));
    }

    /**
     * The transactional part of {@link #setEnabled}; public only for the CDI interceptor.
     *
     * @param pluginId the plugin
     * @param enabled  the new setting
     * @param actor    the admin
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void writeEnabled(String pluginId, boolean enabled, String actor) {
        store.lockAndBumpRevision();
        Optional<JpaPluginSettingsStore.Row> row = store.row(pluginId);
        boolean before = row.map(JpaPluginSettingsStore.Row::enabled).orElse(true);
        store.save(pluginId, enabled, row.map(JpaPluginSettingsStore.Row::values).orElse(Map.of()), actor);
        audit.record(actor, enabled ? "plugin.enabled" : "plugin.disabled", "plugin:" + pluginId,
                "enabled: " + before + " -> " + enabled);
        LOG.info(() -> "Plugin " + pluginId + (enabled ? " enabled" : " disabled") + " by " + actor);
    }

    /**
     * The transactional part of {@link #configure}; public only for the CDI interceptor.
     *
     * @param pluginId the plugin
     * @param template its configuration template
     * @param change   the change
     * @param actor    the admin
     * @throws InvalidConfigurationException if the result is invalid (the transaction rolls back)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void writeConfiguration(String pluginId, ConfigurationTemplate template, ConfigurationChange change,
                                   String actor) {
        store.lockAndBumpRevision();
        Optional<JpaPluginSettingsStore.Row> row = store.row(pluginId);
        Map<String, String> before = row.map(JpaPluginSettingsStore.Row::values).orElse(Map.of());
        Map<String, String> after = new LinkedHashMap<>(before);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Optional<String>> e : change.changes().entrySet()) {
            String name = e.getKey();
            Optional<ConfigField> field = template.field(name);
            boolean secret = field.map(ConfigField::secret).orElse(false);
            if (secret && e.getValue().filter(PluginView.MASK::equals).isPresent()) {
                continue;
            }
            String old = before.get(name);
            String value = e.getValue().orElse(null);
            if (value == null) {
                after.remove(name);
            } else {
                after.put(name, value);
            }
            if (!Objects.equals(old, value)) {
                changed.add(secret ? name + ": " + (value == null ? "secret removed" : "secret changed")
                        : name + ": " + describe(old) + " -> " + describe(value));
            }
        }
        List<FieldError> errors = registry.validate(pluginId, after);
        if (!errors.isEmpty()) {
            throw new InvalidConfigurationException(errors);
        }
        store.save(pluginId, row.map(JpaPluginSettingsStore.Row::enabled).orElse(true), after, actor);
        audit.record(actor, "plugin.configured", "plugin:" + pluginId,
                changed.isEmpty() ? "no change" : String.join("; ", changed));
        LOG.info(() -> "Plugin " + pluginId + " configuration changed by " + actor + " (" + changed.size() + " field(s))");
    }

    /**
     * The transactional part of {@link #grantTools}; public only for the CDI interceptor.
     *
     * @param agent the agent
     * @param tools the tools
     * @param actor the admin
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void writeGrants(String agent, Set<String> tools, String actor) {
        store.lockAndBumpRevision();
        Set<String> before = store.grants().getOrDefault(agent, Set.of());
        store.replaceGrants(agent, tools);
        audit.record(actor, "agent.tools-granted", "agent:" + agent, "tools: " + before + " -> " + tools);
    }

    private static String describe(String value) {
        return value == null ? "(default)" : "'" + value + "'";
    }

    private void requireKnown(String pluginId) {
        if (registry.status(pluginId).isEmpty()) {
            throw new UnknownPluginException(pluginId);
        }
    }

    private static PluginView view(PluginStatus status, List<JpaPluginSettingsStore.Row> rows) {
        Optional<JpaPluginSettingsStore.Row> row = rows.stream()
                .filter(r -> r.pluginId().equals(status.descriptor().id())).findFirst();
        return PluginView.of(status, row.map(JpaPluginSettingsStore.Row::updatedBy).orElse(null),
                row.map(JpaPluginSettingsStore.Row::updatedAt).orElse(null));
    }
}
