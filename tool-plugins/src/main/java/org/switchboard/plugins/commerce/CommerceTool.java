package org.switchboard.plugins.commerce;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * One tau-bench tool re-implemented in Java, working on a domain store {@code S} (already narrowed to the
 * caller's {@link CustomerScope}).
 *
 * <p>The result is exactly the string tau-bench's Python tool returns: a JSON document written by
 * {@code json.dumps}, a plain value (a user id, {@code "Transfer successful"}) or an error message starting
 * with {@code Error: } (e.g. {@code Error: order not found}). Errors are results, not exceptions.
 *
 * @param <S> the domain store the tool reads and changes
 */
public interface CommerceTool<S> {

    /** @return the tool's function name, as in tau-bench's {@code tools.json} */
    String name();

    /**
     * Runs the tool.
     *
     * @param arguments the call's arguments, as the model (or the replay fixture) gave them
     * @param store     the domain data, narrowed to the caller's scope
     * @return tau-bench's output string
     * @throws InvalidToolArgumentException if a required argument is missing or has the wrong JSON type
     */
    String invoke(JsonObject arguments, S store) throws InvalidToolArgumentException;
}
