package org.switchboard.core.tool;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * The outcome of one tool call.
 *
 * @param success whether the tool did what was asked
 * @param content text for the model (or the offline agent) and for the transcript; on failure, the error
 *                explained in words, never a stack trace
 * @param data    structured result (tool-specific JSON object, documented by each tool); {@code {}} when none
 */
public record ToolResult(boolean success, String content, JsonObject data) {
    private static final JsonObject EMPTY = JSON.createObjectBuilder().build();

    /** @throws NullPointerException if content is null; a null {@code data} becomes {@code {}} */
    public ToolResult {
        Objects.requireNonNull(content, "content");
        data = data == null ? EMPTY : data;
    }

    /**
     * A successful result.
     *
     * @param content text for the model and the transcript
     * @param data    structured result, may be null
     * @return the result
     */
    public static ToolResult ok(String content, JsonObject data) {
        return new ToolResult(true, content, data);
    }

    /**
     * A failed result; the text goes back to the model instead of an exception.
     *
     * @param message what went wrong, in words
     * @return the result
     */
    public static ToolResult error(String message) {
        return new ToolResult(false, message, EMPTY);
    }
}
