package org.switchboard.core.tool;

import java.util.Objects;

/**
 * One field of a plugin's {@link ConfigurationTemplate}, like a line of an errbot configuration template.
 *
 * @param name         the key, e.g. {@code refundThreshold}; not blank
 * @param type         the value's type; {@link ConfigFieldType#SECRET} values are never shown back
 * @param defaultValue the value used when none is configured, or null for none (must fit {@code type})
 * @param required     whether the plugin cannot be activated without a value (a default counts as a value)
 * @param description  one sentence for admins
 */
public record ConfigField(String name, ConfigFieldType type, String defaultValue, boolean required, String description) {

    /**
     * @throws NullPointerException     if name, type or description is null
     * @throws IllegalArgumentException if the name is blank or the default does not fit the type
     */
    public ConfigField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("configuration field name must not be blank");
        }
        if (defaultValue != null && type.problemWith(defaultValue) != null) {
            throw new IllegalArgumentException("default of " + name + " " + type.problemWith(defaultValue));
        }
    }

    /** @return whether the value must never be shown back */
    public boolean secret() {
        return type == ConfigFieldType.SECRET;
    }
}
