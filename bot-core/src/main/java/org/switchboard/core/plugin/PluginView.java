package org.switchboard.core.plugin;

import java.time.Instant;
import java.util.List;
import org.switchboard.core.tool.ConfigField;
import org.switchboard.core.tool.ConfigFieldType;
import org.switchboard.core.tool.PluginState;
import org.switchboard.core.tool.PluginStatus;
import org.switchboard.core.tool.ToolRisk;

/**
 * A plugin as admins see it. Safe to serialise: a secret's value is never included, only whether it is set.
 *
 * @param id            plugin id
 * @param version       plugin version
 * @param description   what it does
 * @param enabled       whether an admin enabled it
 * @param state         its state on the server that answered
 * @param lastError     why it is FAILED or UNCONFIGURED, else null
 * @param tools         the tools it declares
 * @param configuration its configuration fields with their current values (secrets masked)
 * @param updatedBy     who last changed its settings ({@code system} when only its state was reported), or null
 * @param updatedAt     when, or null
 */
public record PluginView(String id, String version, String description, boolean enabled, PluginState state,
                         String lastError, List<Tool> tools, List<Field> configuration, String updatedBy,
                         Instant updatedAt) {

    /** What the API shows instead of a secret's value. */
    public static final String MASK = "********";

    /** Copies the lists. */
    public PluginView {
        tools = List.copyOf(tools);
        configuration = List.copyOf(configuration);
    }

    /**
     * One tool of the plugin.
     *
     * @param name        function name
     * @param description description for the model
     * @param risk        READ, WRITE or NEEDS_APPROVAL
     */
    public record Tool(String name, String description, ToolRisk risk) {
    }

    /**
     * One configuration field and its value.
     *
     * @param name         field name
     * @param type         its type
     * @param required     whether it needs a value
     * @param description  for admins
     * @param defaultValue its default (null for secrets and fields without one)
     * @param value        the configured value, {@value PluginView#MASK} for a set secret, null when not set
     * @param secretSet    for a secret: whether a value is stored; null for other types
     */
    public record Field(String name, ConfigFieldType type, boolean required, String description, String defaultValue,
                        String value, Boolean secretSet) {
    }

    /**
     * @param status    the registry's status of the plugin
     * @param updatedBy who last changed it, or null
     * @param updatedAt when, or null
     * @return the view, secrets masked
     */
    public static PluginView of(PluginStatus status, String updatedBy, Instant updatedAt) {
        List<Tool> tools = status.tools().stream().map(t -> new Tool(t.name(), t.description(), t.risk())).toList();
        List<Field> fields = status.template().fields().stream().map(f -> field(f, status.values().get(f.name()))).toList();
        return new PluginView(status.descriptor().id(), status.descriptor().version(), status.descriptor().description(),
                status.enabled(), status.state(), status.lastError(), tools, fields, updatedBy, updatedAt);
    }

    private static Field field(ConfigField f, String value) {
        boolean set = value != null && !value.isBlank();
        if (f.secret()) {
            return new Field(f.name(), f.type(), f.required(), f.description(), null, set ? MASK : null, set);
        }
        return new Field(f.name(), f.type(), f.required(), f.description(), f.defaultValue(), set ? value : null, null);
    }
}
