package org.switchboard.plugins.arguments;

/**
 * A tool call's arguments do not match the tool's parameter schema (missing, wrong JSON type, blank, out of
 * range). The message says what is wrong in words the model can act on, e.g.
 * {@code "Missing required argument 'query' (a string)."}; plugins return it as
 * {@link org.switchboard.core.tool.ToolResult#error(String)}.
 */
public class InvalidToolArgumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the arguments, for the model; not null
     */
    public InvalidToolArgumentException(String message) {
        super(message);
    }
}
