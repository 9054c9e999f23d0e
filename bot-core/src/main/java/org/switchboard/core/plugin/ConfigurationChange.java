package org.switchboard.core.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an admin asked to change in a plugin's configuration: fields not named keep their value.
 *
 * @param changes by field name: a value to set, or empty to remove the value (the default applies again); for a
 *                secret field, the mask {@value PluginView#MASK} means "keep the stored secret"
 */
public record ConfigurationChange(Map<String, Optional<String>> changes) {

    /** Copies the map, keeping its order. */
    public ConfigurationChange {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
