package org.switchboard.server.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.List;
import org.switchboard.core.tool.ConfigField;
import org.switchboard.core.tool.ConfigFieldType;
import org.switchboard.core.tool.ConfigurationTemplate;
import org.switchboard.core.tool.FieldError;
import org.switchboard.core.tool.PluginConfiguration;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/** Test-only plugin (added to the WAR under test by {@link AdminApiIT}) with one field of every type. */
@ApplicationScoped
public class ConfigurableTestPlugin implements ToolPlugin {

    /** The plugin id. */
    static final String ID = "configurable-test";

    private static final ConfigurationTemplate TEMPLATE = ConfigurationTemplate.of(
            new ConfigField("endpoint", ConfigFieldType.STRING, "https://example.invalid/api", true, "Service URL."),
            new ConfigField("timeoutSeconds", ConfigFieldType.INTEGER, "5", true, "Timeout, 1 to 60 seconds."),
            new ConfigField("ratio", ConfigFieldType.DECIMAL, null, false, "A ratio."),
            new ConfigField("verbose", ConfigFieldType.BOOLEAN, "false", false, "Log more."),
            new ConfigField("apiToken", ConfigFieldType.SECRET, null, false, "The service's API token."));

    private volatile long timeoutSeconds;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "0.0.1", "Test plugin with a configuration of every type.");
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(new ToolDefinition("configurable_test_timeout", "Tells the configured timeout.",
                Json.createObjectBuilder().add("type", "object").build(), ToolRisk.READ));
    }

    @Override
    public ConfigurationTemplate configurationTemplate() {
        return TEMPLATE;
    }

    @Override
    public List<FieldError> validate(PluginConfiguration configuration) {
        long timeout = configuration.integer("timeoutSeconds");
        return timeout < 1 || timeout > 60 ? List.of(new FieldError("timeoutSeconds", "must be between 1 and 60"))
                : List.of();
    }

    @Override
    public void configure(PluginConfiguration configuration) {
        timeoutSeconds = configuration.integer("timeoutSeconds");
    }

    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        return ToolResult.ok("timeout " + timeoutSeconds, null);
    }
}
