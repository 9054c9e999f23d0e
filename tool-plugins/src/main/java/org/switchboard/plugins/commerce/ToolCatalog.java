package org.switchboard.plugins.commerce;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolRisk;

/**
 * The tool list of a tau-bench domain, read from its {@code tools.json} (each tool's {@code get_info()}:
 * {@code {"type": "function", "function": {"name", "description", "parameters"}}}), in file order. Names,
 * descriptions and parameter schemas are passed to the model unchanged.
 */
public final class ToolCatalog {

    private final Map<String, JsonObject> functions;

    private ToolCatalog(Map<String, JsonObject> functions) {
        this.functions = Collections.unmodifiableMap(functions);
    }

    /**
     * @param resource class-path resource of a {@code tools.json}, e.g. {@code commerce/retail/tools.json}
     * @return the catalog
     * @throws UncheckedIOException  if the resource is missing or unreadable
     * @throws IllegalStateException if it is not a list of function tools
     */
    public static ToolCatalog fromClasspath(String resource) {
        try (InputStream in = ToolCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("class-path resource not found: " + resource);
            }
            try (JsonReader reader = JSON.createReader(in)) {
                Map<String, JsonObject> functions = new LinkedHashMap<>();
                for (JsonValue tool : reader.readArray()) {
                    JsonObject function = tool.asJsonObject().getJsonObject("function");
                    if (function == null) {
                        throw new IllegalStateException(resource + ": a tool without 'function'");
                    }
                    functions.put(function.getString("name"), function);
                }
                return new ToolCatalog(functions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the tool names in file order */
    public List<String> names() {
        return new ArrayList<>(functions.keySet());
    }

    /**
     * @param riskOf the risk level of each tool name
     * @return a definition per tool, in file order, with tau-bench's name, description and parameters
     */
    public List<ToolDefinition> definitions(Function<String, ToolRisk> riskOf) {
        List<ToolDefinition> definitions = new ArrayList<>();
        functions.forEach((name, function) -> definitions.add(new ToolDefinition(name,
                function.getString("description"), function.getJsonObject("parameters"), riskOf.apply(name))));
        return List.copyOf(definitions);
    }
}
