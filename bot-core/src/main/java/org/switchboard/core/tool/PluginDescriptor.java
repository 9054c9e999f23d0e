package org.switchboard.core.tool;

import java.util.Objects;

/**
 * What a tool plugin says about itself.
 *
 * @param id          stable identifier, lower-case with dashes (e.g. {@code knowledge-base}); unique among plugins
 * @param version     the plugin's version (semantic versioning, e.g. {@code 1.0.0})
 * @param description one sentence for admins saying what the plugin does
 */
public record PluginDescriptor(String id, String version, String description) {
    /**
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if the id is blank
     */
    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        if (id.isBlank()) {
            throw new IllegalArgumentException("plugin id must not be blank");
        }
    }
}
