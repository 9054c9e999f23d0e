package org.switchboard.core.tool;

/**
 * Runs tool calls by name. {@link ToolRegistry} is the implementation; agents depend on this interface so
 * they can be tested without a container.
 */
@FunctionalInterface
public interface ToolInvoker {

    /**
     * @param call    the call
     * @param context the verified customer and conversation
     * @return the result; never null and never thrown: failures come back as {@link ToolResult#error(String)}
     */
    ToolResult invoke(ToolCall call, ToolContext context);

    /**
     * The tools as one agent may use them: {@link ToolRegistry} refuses, with an error result, calls to tools
     * an admin has not granted to that agent. The default (for test doubles) is this invoker unchanged.
     *
     * @param agentName the agent's name, e.g. {@code first-responder}
     * @return an invoker restricted to that agent's tools
     */
    default ToolInvoker forAgent(String agentName) {
        return this;
    }
}
