package org.switchboard.core.tool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration a plugin needs: its typed fields with defaults, secrets marked (errbot's
 * {@code get_configuration_template}).
 *
 * @param fields the fields, names unique; unmodifiable
 */
public record ConfigurationTemplate(List<ConfigField> fields) {

    private static final ConfigurationTemplate EMPTY = new ConfigurationTemplate(List.of());

    /**
     * @throws NullPointerException     if fields is null
     * @throws IllegalArgumentException if two fields share a name
     */
    public ConfigurationTemplate {
        fields = List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (ConfigField field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("duplicate configuration field " + field.name());
            }
        }
    }

    /** @return a template without fields (the plugin needs no configuration) */
    public static ConfigurationTemplate empty() {
        return EMPTY;
    }

    /**
     * @param fields the fields
     * @return a template of these fields
     */
    public static ConfigurationTemplate of(ConfigField... fields) {
        return new ConfigurationTemplate(List.of(fields));
    }

    /**
     * @param name a field name
     * @return the field of that name
     */
    public Optional<ConfigField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Checks stored values against the template: no unknown field, every value fits its type, every required
     * field has a value or a default.
     *
     * @param values configured values by field name (without defaults); blank values count as missing
     * @return the problems, empty when the values are acceptable; in template order, unknown fields last
     */
    public List<FieldError> check(Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        for (ConfigField field : fields) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required() && field.defaultValue() == null) {
                    errors.add(new FieldError(field.name(), "is required"));
                }
                continue;
            }
            String problem = field.type().problemWith(value);
            if (problem != null) {
                errors.add(new FieldError(field.name(), problem));
            }
        }
        values.keySet().stream().filter(name -> field(name).isEmpty()).sorted()
                .forEach(name -> errors.add(new FieldError(name, "is not a configuration field of this plugin")));
        return errors;
    }

    /**
     * @param values configured values by field name; unknown names are dropped
     * @return the effective configuration: configured values, else defaults
     */
    public PluginConfiguration resolve(Map<String, String> values) {
        Map<String, String> effective = new LinkedHashMap<>();
        for (ConfigField field : fields) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                value = field.defaultValue();
            }
            if (value != null) {
                effective.put(field.name(), value);
            }
        }
        return new PluginConfiguration(effective);
    }
}
