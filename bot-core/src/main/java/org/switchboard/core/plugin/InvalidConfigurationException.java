package org.switchboard.core.plugin;

import java.util.List;
import org.switchboard.core.tool.FieldError;

/** A configuration change was refused; nothing was stored. */
public class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /** @param errors why, one per field; not empty, no secret values */
    public InvalidConfigurationException(List<FieldError> errors) {
        super("Invalid configuration: " + errors);
        this.errors = List.copyOf(errors);
    }

    /** @return the field errors */
    public List<FieldError> errors() {
        return errors;
    }
}
