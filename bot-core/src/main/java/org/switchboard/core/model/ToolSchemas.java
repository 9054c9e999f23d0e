package org.switchboard.core.model;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.core.tool.ToolDefinition;

/**
 * Converts a plugin's tool definition (JSON Schema in a {@link JsonObject}) into a LangChain4j
 * {@link ToolSpecification}. Supported: {@code object} (properties, required, nested), {@code string} (with
 * {@code enum}), {@code integer}, {@code number}, {@code boolean}, {@code array} (items); a property without a
 * known {@code type} becomes a string, so a schema never stops a tool from being offered.
 */
public final class ToolSchemas {

    private ToolSchemas() {
    }

    /**
     * @param tool a plugin's tool definition
     * @return the specification the model sees
     */
    public static ToolSpecification specification(ToolDefinition tool) {
        return ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(object(tool.parameters()))
                .build();
    }

    static JsonObjectSchema object(JsonObject schema) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder();
        description(schema).ifPresent(builder::description);
        JsonValue properties = schema.get("properties");
        if (properties instanceof JsonObject props) {
            for (Map.Entry<String, JsonValue> p : props.entrySet()) {
                if (p.getValue() instanceof JsonObject propertySchema) {
                    builder.addProperty(p.getKey(), element(propertySchema));
                }
            }
        }
        if (schema.get("required") instanceof JsonArray required) {
            List<String> names = new ArrayList<>();
            for (JsonValue v : required) {
                if (v instanceof JsonString s) {
                    names.add(s.getString());
                }
            }
            builder.required(names);
        }
        return builder.build();
    }

    static JsonSchemaElement element(JsonObject schema) {
        String description = description(schema).orElse(null);
        if (schema.get("enum") instanceof JsonArray values) {
            List<String> names = new ArrayList<>();
            values.forEach(v -> names.add(v instanceof JsonString s ? s.getString() : v.toString()));
            return JsonEnumSchema.builder().enumValues(names).description(description).build();
        }
        String type = schema.get("type") instanceof JsonString t ? t.getString() : "string";
        return switch (type) {
            case "object" -> object(schema);
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "array" -> JsonArraySchema.builder().description(description)
                    .items(schema.get("items") instanceof JsonObject items ? element(items)
                            : JsonStringSchema.builder().build())
                    .build();
            default -> JsonStringSchema.builder().description(description).build();
        };
    }

    private static java.util.Optional<String> description(JsonObject schema) {
        return schema.get("description") instanceof JsonString d ? java.util.Optional.of(d.getString())
                : java.util.Optional.empty();
    }
}
