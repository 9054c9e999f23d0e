package org.switchboard.core.agent.profile;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One agent, as data.
 *
 * @param name         the agent's name, as stored in {@code conversations.active_agent} and used for tool grants;
 *                     lower-case letters, digits and {@code -}
 * @param routeWhen    when triage (or another agent) should hand a conversation to this agent; offered to the model
 *                     as the description of the {@code transfer_to_<name>} tool
 * @param instructions the system instructions for the model while this agent is active
 * @param tools        tool names this agent's job needs; an entry ending in {@code *} matches a prefix and
 *                     {@code *} alone every tool. Admin grants ({@code agent_tool_grants}) narrow this further.
 * @param handoffs     names of the agents this one may hand the conversation to
 * @param escalates    whether this agent is the human handoff: handing to it escalates the conversation to a human
 */
public record AgentProfile(String name, String routeWhen, String instructions, List<String> tools,
                           List<String> handoffs, boolean escalates) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** @throws IllegalArgumentException when the name is malformed or routeWhen/instructions are blank */
    public AgentProfile {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("agent name '" + name + "' must match " + NAME.pattern());
        }
        if (routeWhen == null || routeWhen.isBlank()) {
            throw new IllegalArgumentException("agent '" + name + "' needs routeWhen");
        }
        if (instructions == null || instructions.isBlank()) {
            throw new IllegalArgumentException("agent '" + name + "' needs instructions");
        }
        tools = tools == null ? List.of() : List.copyOf(tools);
        handoffs = handoffs == null ? List.of() : List.copyOf(handoffs);
    }

    /**
     * @param toolName a tool's name
     * @return whether this agent's job needs that tool
     */
    public boolean uses(String toolName) {
        for (String pattern : tools) {
            if (pattern.equals(toolName) || pattern.endsWith("*")
                    && toolName.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** @return the name of the tool that hands a conversation to this agent */
    public String transferTool() {
        return HANDOFF_PREFIX + name.replace('-', '_');
    }

    /** Prefix of handoff tool names. */
    public static final String HANDOFF_PREFIX = "transfer_to_";
}
