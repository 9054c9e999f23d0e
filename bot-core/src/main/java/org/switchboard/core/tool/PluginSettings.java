package org.switchboard.core.tool;

import java.util.Map;

/**
 * What an admin decided for one plugin, as stored (table {@code plugin_registry}), plus the state last reported.
 *
 * @param pluginId      the plugin's id
 * @param enabled       whether the plugin may run
 * @param values        the configured values by field name, secrets included, defaults not applied
 * @param reportedState the state last written by a server, or null if none was
 * @param reportedError the error last written by a server, or null
 */
public record PluginSettings(String pluginId, boolean enabled, Map<String, String> values, PluginState reportedState,
                             String reportedError) {

    /** @throws NullPointerException if the id or values is null */
    public PluginSettings {
        java.util.Objects.requireNonNull(pluginId, "pluginId");
        values = Map.copyOf(values);
    }

    /**
     * @param pluginId a plugin that has no stored settings yet
     * @return enabled, not configured: what a newly discovered plugin starts with
     */
    public static PluginSettings defaults(String pluginId) {
        return new PluginSettings(pluginId, true, Map.of(), null, null);
    }
}
