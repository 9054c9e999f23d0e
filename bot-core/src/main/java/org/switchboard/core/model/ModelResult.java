package org.switchboard.core.model;

import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * What one guarded model call produced: the model's response, or why there is none. The reasons are kept apart
 * because the customer is told different things: a full bulkhead is a moment of load (the turn is retried later),
 * an open circuit is an outage the bot degrades around, anything else is a failed call.
 *
 * @param status   how the call ended; never null
 * @param response the model's response, present only with {@link Status#ANSWERED}
 */
public record ModelResult(Status status, ChatResponse response) {

    /** How a guarded model call ended. */
    public enum Status {
        /** The model answered. */
        ANSWERED,
        /** The bulkhead was full: as many model calls as allowed were already in flight; nothing was sent. */
        BUSY,
        /** The circuit breaker is open after repeated failures: the call was refused without reaching the model. */
        CIRCUIT_OPEN,
        /** The call failed after its retries, timed out, or no model is configured. */
        FAILED
    }

    /**
     * @throws NullPointerException     if status is null
     * @throws IllegalArgumentException if a response is given with another status than ANSWERED, or none with it
     */
    public ModelResult {
        Objects.requireNonNull(status, "status");
        if ((status == Status.ANSWERED) != (response != null)) {
            throw new IllegalArgumentException("a response goes with ANSWERED and only with it: " + status);
        }
    }

    /** @param response the model's response, not null @return an answered result */
    public static ModelResult answered(ChatResponse response) {
        return new ModelResult(Status.ANSWERED, Objects.requireNonNull(response, "response"));
    }

    /** @param status BUSY, CIRCUIT_OPEN or FAILED @return a result without a response */
    public static ModelResult without(Status status) {
        return new ModelResult(status, null);
    }

    /** @return the response, empty unless {@link Status#ANSWERED} */
    public Optional<ChatResponse> answer() {
        return Optional.ofNullable(response);
    }
}
