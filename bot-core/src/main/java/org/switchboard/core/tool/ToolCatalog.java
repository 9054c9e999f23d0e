package org.switchboard.core.tool;

import java.util.List;

/**
 * The tools an agent may offer a model and run: {@link ToolRegistry} is the implementation; agents depend on
 * this interface so they can be tested without a container.
 */
public interface ToolCatalog extends ToolInvoker {

    /** @return the definitions of every tool currently available, in a stable order */
    List<ToolDefinition> definitions();

    /**
     * The tools as one agent may use them: offered and run only when an admin granted them to that agent. The
     * default (for test doubles) is this catalog unchanged.
     *
     * @param agentName the agent's name, e.g. {@code assistant}
     * @return a catalog restricted to that agent's tools
     */
    default ToolCatalog catalogFor(String agentName) {
        return this;
    }
}
