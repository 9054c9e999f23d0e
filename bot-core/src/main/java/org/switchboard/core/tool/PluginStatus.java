package org.switchboard.core.tool;

import java.util.List;
import java.util.Map;

/**
 * A plugin as this server runs it, for the admin API.
 *
 * @param descriptor id, version, description
 * @param enabled    whether an admin enabled it
 * @param state      its lifecycle state on this server
 * @param lastError  why it is FAILED or UNCONFIGURED, else null
 * @param tools      the tools it declares (offered only when ACTIVE)
 * @param template   the configuration it needs
 * @param values     its configured values by field name, secrets included: never serialise this record as is
 */
public record PluginStatus(PluginDescriptor descriptor, boolean enabled, PluginState state, String lastError,
                           List<ToolDefinition> tools, ConfigurationTemplate template, Map<String, String> values) {

    /** Copies the lists and maps. */
    public PluginStatus {
        tools = List.copyOf(tools);
        values = Map.copyOf(values);
    }

    /** @return the field names only, never configured values */
    @Override
    public String toString() {
        return "PluginStatus[" + descriptor.id() + ", " + state + ", enabled=" + enabled + "]";
    }
}
