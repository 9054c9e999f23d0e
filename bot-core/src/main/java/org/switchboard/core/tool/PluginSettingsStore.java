package org.switchboard.core.tool;

/**
 * Where plugin settings (enabled, configuration, agent grants) are kept, shared by every server: the port the
 * {@link ToolRegistry} reads through. The JPA implementation is
 * {@code org.switchboard.core.plugin.JpaPluginSettingsStore}; without a store bean the registry runs every
 * plugin with its defaults and lets {@code first-responder} use every tool.
 *
 * <p>Implementations run each method in a transaction of its own, so a registry refresh inside a turn never
 * joins (or rolls back with) the turn's transaction.
 */
public interface PluginSettingsStore {

    /** @return the change counter; cheap, called every few seconds by every server */
    long revision();

    /** @return all stored settings and agent grants, with the revision they belong to */
    RegistrySettings load();

    /**
     * Records the state this server observed for a plugin (creating its row with defaults if it has none), so
     * the admin API can report it.
     *
     * @param pluginId  the plugin
     * @param state     the state
     * @param lastError the error for FAILED/UNCONFIGURED, else null; no secrets
     */
    void reportState(String pluginId, PluginState state, String lastError);
}
