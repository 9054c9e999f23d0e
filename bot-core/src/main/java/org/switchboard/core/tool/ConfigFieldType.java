package org.switchboard.core.tool;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The type of one configuration field of a plugin. Values are stored and passed around as strings; the type
 * decides which strings are valid and how {@link PluginConfiguration} reads them.
 */
public enum ConfigFieldType {
    /** Any text. */
    STRING,
    /** A whole number that fits a Java {@code long}, e.g. {@code 30}. */
    INTEGER,
    /** A decimal number, e.g. {@code 500.00}. */
    DECIMAL,
    /** {@code true} or {@code false} (any case). */
    BOOLEAN,
    /** Text that is stored but never shown back, logged or audited (API keys, passwords). */
    SECRET;

    /**
     * @param raw a value as text, not null
     * @return why the value does not fit this type, or null when it does
     */
    public String problemWith(String raw) {
        switch (this) {
            case INTEGER -> {
                try {
                    Long.parseLong(raw.strip());
                    return null;
                } catch (NumberFormatException e) {
                    return "must be a whole number";
                }
            }
            case DECIMAL -> {
                try {
                    new BigDecimal(raw.strip());
                    return null;
                } catch (NumberFormatException e) {
                    return "must be a decimal number";
                }
            }
            case BOOLEAN -> {
                String lower = raw.strip().toLowerCase(Locale.ROOT);
                return lower.equals("true") || lower.equals("false") ? null : "must be true or false";
            }
            default -> {
                return null;
            }
        }
    }
}
