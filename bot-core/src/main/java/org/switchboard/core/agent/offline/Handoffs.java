package org.switchboard.core.agent.offline;

import java.util.List;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.agent.profile.AgentProfile;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolResult;

/**
 * The handoffs of one offline turn, recorded as the model agent records them: one {@code transfer_to_<agent>} call
 * per hop, in the transcript with the other tool calls. A specialist hands over to another specialist through the
 * entry agent (triage) when its profile only allows handoffs back to triage, as in the built-in agents.
 * Not thread-safe: one instance per turn.
 */
final class Handoffs {

    private final AgentProfiles profiles;
    private final List<ToolInvocation> calls;
    private final String start;
    private String agent;

    /**
     * @param profiles the agents
     * @param start    the agent the turn starts with (the conversation's active agent, known to the profiles)
     * @param calls    where the transfer calls are appended, with the turn's other tool calls
     */
    Handoffs(AgentProfiles profiles, String start, List<ToolInvocation> calls) {
        this.profiles = profiles;
        this.start = start;
        this.agent = start;
        this.calls = calls;
    }

    /** @return the agent answering now */
    String agent() {
        return agent;
    }

    /** @return the agent answering now when it differs from the one the turn started with, else null */
    String handoffTarget() {
        return agent.equals(start) ? null : agent;
    }

    /**
     * Hands the conversation to another agent (nothing when it is the current one).
     *
     * @param target an agent name known to the profiles
     */
    void transferTo(String target) {
        if (target.equals(agent)) {
            return;
        }
        AgentProfile current = profiles.orEntry(agent);
        String entry = profiles.entry();
        if (!current.handoffs().contains(target) && !agent.equals(entry)
                && current.handoffs().contains(entry) && profiles.orEntry(entry).handoffs().contains(target)) {
            hop(entry);
        }
        hop(target);
    }

    private void hop(String target) {
        String tool = AgentProfile.HANDOFF_PREFIX + target;
        calls.add(new ToolInvocation(new ToolCall(tool, null), ToolResult.ok("Transferred to " + target + ".", null)));
        agent = target;
    }
}
