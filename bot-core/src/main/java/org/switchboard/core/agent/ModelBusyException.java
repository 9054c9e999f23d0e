package org.switchboard.core.agent;

/**
 * Thrown by {@link ModelAgent} when the language model's bulkhead is full at the start of a turn: as many model
 * calls as allowed are in flight, and nothing of this turn has run yet (no tool, no memory written). The turn's
 * transaction rolls back, and the worker tells the customer once that the answer will take a little longer and
 * runs the turn again later ({@code org.switchboard.core.turn.TurnFailures}); the message stays in the inbox.
 */
public class ModelBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param agentName the agent whose model call was refused */
    public ModelBusyException(String agentName) {
        super("the language model is busy (bulkhead full) before agent " + agentName + " could start the turn");
    }
}
