package org.switchboard.server.admin;

import java.util.List;
import org.switchboard.core.tool.FieldError;

/**
 * The JSON body of every error answer of the admin API.
 *
 * @param message what went wrong
 * @param errors  field errors (configuration validation), empty otherwise
 */
public record ErrorBody(String message, List<FieldError> errors) {

    /** Copies the list. */
    public ErrorBody {
        errors = List.copyOf(errors);
    }

    /**
     * @param message what went wrong
     * @return a body without field errors
     */
    public static ErrorBody of(String message) {
        return new ErrorBody(message, List.of());
    }
}
