package org.switchboard.core.tool;

import java.util.Objects;

/**
 * Why one configuration value was refused. Never contains the value of a secret.
 *
 * @param field   the field's name
 * @param message what is wrong, for admins, e.g. {@code must be a whole number}
 */
public record FieldError(String field, String message) {
    /** @throws NullPointerException if any component is null */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
