package org.switchboard.core.tool;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * A request to run one tool, as the agent (or model) made it.
 *
 * @param name      the tool's {@link ToolDefinition#name()}
 * @param arguments the arguments, a JSON object that should match the tool's parameter schema; tools validate
 *                  it themselves and answer with {@link ToolResult#error(String)} when it does not
 */
public record ToolCall(String name, JsonObject arguments) {
    /** @throws NullPointerException if the name is null; a null {@code arguments} becomes {@code {}} */
    public ToolCall {
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? JSON.createObjectBuilder().build() : arguments;
    }
}
