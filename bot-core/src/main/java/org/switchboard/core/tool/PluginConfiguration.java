package org.switchboard.core.tool;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The effective configuration handed to {@link ToolPlugin#validate} and {@link ToolPlugin#configure}:
 * configured values, else the template's defaults, read with typed getters. {@link #toString()} names the
 * fields only, never values, so a configuration can't leak a secret into a log.
 */
public final class PluginConfiguration {

    private static final PluginConfiguration EMPTY = new PluginConfiguration(Map.of());

    private final Map<String, String> values;

    /**
     * @param values effective values by field name
     * @throws NullPointerException if values is null or holds a null
     */
    public PluginConfiguration(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** @return a configuration without values */
    public static PluginConfiguration empty() {
        return EMPTY;
    }

    /**
     * @param name a field name
     * @return its value, if it has one
     */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * @param name a field name
     * @return its value
     * @throws NoSuchElementException if it has none
     */
    public String string(String name) {
        return value(name).orElseThrow(() -> new NoSuchElementException("no value for configuration field " + name));
    }

    /**
     * @param name an {@link ConfigFieldType#INTEGER} field
     * @return its value
     * @throws NoSuchElementException if it has none
     * @throws NumberFormatException  if it is not a whole number
     */
    public long integer(String name) {
        return Long.parseLong(string(name).strip());
    }

    /**
     * @param name a {@link ConfigFieldType#DECIMAL} field
     * @return its value
     * @throws NoSuchElementException if it has none
     * @throws NumberFormatException  if it is not a number
     */
    public BigDecimal decimal(String name) {
        return new BigDecimal(string(name).strip());
    }

    /**
     * @param name a {@link ConfigFieldType#BOOLEAN} field
     * @return its value ({@code true} only for the text {@code true}, any case)
     * @throws NoSuchElementException if it has none
     */
    public boolean bool(String name) {
        return string(name).strip().toLowerCase(Locale.ROOT).equals("true");
    }

    /** @return every value by field name; unmodifiable */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginConfiguration other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** @return the field names only, never the values */
    @Override
    public String toString() {
        return "PluginConfiguration" + values.keySet();
    }
}
