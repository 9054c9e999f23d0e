package org.switchboard.plugins.commerce;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * tau-bench's {@code think}: lets the model write down a thought; returns the empty string and changes nothing.
 *
 * @param <S> the domain store (unused)
 */
public final class Think<S> implements CommerceTool<S> {

    /** @return {@code think} */
    @Override
    public String name() {
        return "think";
    }

    /**
     * @param arguments {@code thought} (string)
     * @param store     unused
     * @return {@code ""}
     * @throws InvalidToolArgumentException if {@code thought} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, S store) throws InvalidToolArgumentException {
        CommerceArguments.string(arguments, "thought");
        return "";
    }
}
