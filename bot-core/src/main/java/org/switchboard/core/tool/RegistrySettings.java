package org.switchboard.core.tool;

import java.util.Map;
import java.util.Set;

/**
 * Everything the registry reads from the store in one go.
 *
 * @param revision   the store's change counter when read; it grows with every admin change
 * @param plugins    stored settings by plugin id (plugins without a row get {@link PluginSettings#defaults})
 * @param agentTools tool names each agent may use, by agent name; {@value ToolRegistry#ALL_TOOLS} means every
 *                   tool; an agent without an entry may use none
 */
public record RegistrySettings(long revision, Map<String, PluginSettings> plugins, Map<String, Set<String>> agentTools) {

    /** Copies the maps. */
    public RegistrySettings {
        plugins = Map.copyOf(plugins);
        agentTools = Map.copyOf(agentTools);
    }
}
