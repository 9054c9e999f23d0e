package org.switchboard.server.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.List;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/** Test-only plugin (added to the WAR under test by {@link AdminApiIT}) whose activation always fails. */
@ApplicationScoped
public class BrokenTestPlugin implements ToolPlugin {

    /** The plugin id. */
    static final String ID = "broken-test";
    /** What activation throws. */
    static final String FAILURE = "simulated start-up failure";

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "0.0.1", "Test plugin that cannot start.");
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(new ToolDefinition("broken_test_tool", "Never offered.",
                Json.createObjectBuilder().add("type", "object").build(), ToolRisk.READ));
    }

    @Override
    public void activate() {
        throw new IllegalStateException(FAILURE);
    }

    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        return ToolResult.ok("should never run", null);
    }
}
