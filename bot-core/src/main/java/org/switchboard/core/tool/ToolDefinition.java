package org.switchboard.core.tool;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One tool a plugin offers, described for the model and for admins.
 *
 * @param name        the function name the model calls, {@code snake_case}, unique across all plugins
 *                    (e.g. {@code search_knowledge_base})
 * @param description what the tool does and when to use it, written for the model
 * @param parameters  JSON Schema (draft 2020-12 subset: {@code type: object}, {@code properties},
 *                    {@code required}) of the call's arguments, as used by OpenAI/Anthropic function calling
 * @param risk        whether the pipeline may run it on its own
 */
public record ToolDefinition(String name, String description, JsonObject parameters, ToolRisk risk) {
    /** @throws NullPointerException if any component is null */
    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(risk, "risk");
    }
}
