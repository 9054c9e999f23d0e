package org.switchboard.plugins.commerce;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * tau-bench's {@code transfer_to_human_agents}: returns {@code Transfer successful}. In tau-bench the call ends
 * the episode; in Switchboard the agent pipeline hands the conversation to a human when it sees this tool's
 * success (the summary is in the call's arguments).
 *
 * @param <S> the domain store (unused)
 */
public final class TransferToHumanAgents<S> implements CommerceTool<S> {

    /** tau-bench's output. */
    public static final String TRANSFERRED = "Transfer successful";

    /** @return {@code transfer_to_human_agents} */
    @Override
    public String name() {
        return "transfer_to_human_agents";
    }

    /**
     * @param arguments {@code summary} (string)
     * @param store     unused
     * @return {@value #TRANSFERRED}
     * @throws InvalidToolArgumentException if {@code summary} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, S store) throws InvalidToolArgumentException {
        CommerceArguments.string(arguments, "summary");
        return TRANSFERRED;
    }
}
