package org.switchboard.core.plugin;

import java.util.List;

/**
 * The tools one agent may use.
 *
 * @param agent the agent's name
 * @param tools tool names, sorted; {@code *} for every tool
 */
public record AgentToolGrants(String agent, List<String> tools) {
    /** Copies the list. */
    public AgentToolGrants {
        tools = List.copyOf(tools);
    }
}
