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

    /** The {@code data} key that marks a refusal, and its value for an unauthenticated sender. */
    public static final String REFUSAL = "refusal";
    /** {@link #REFUSAL} value: the tool acts on customer data and the sender is not authenticated. */
    public static final String SENDER_UNVERIFIED = "sender-unverified";

    /**
     * A failed result: the tool was not run because the channel could not authenticate the sender. Its text is
     * written for the customer (an agent may pass it on as is); its data is {@code {"refusal":
     * "sender-unverified"}}.
     *
     * @param message the polite explanation and what the customer can do
     * @return the result
     */
    public static ToolResult senderUnverified(String message) {
        return new ToolResult(false, message, JSON.createObjectBuilder().add(REFUSAL, SENDER_UNVERIFIED).build());
    }

    /** @return whether this is a {@link #senderUnverified(String)} refusal */
    public boolean refusedForUnverifiedSender() {
        return !success && SENDER_UNVERIFIED.equals(data.getString(REFUSAL, null));
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
