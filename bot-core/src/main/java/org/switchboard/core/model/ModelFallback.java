package org.switchboard.core.model;

import jakarta.enterprise.context.Dependent;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.switchboard.core.privacy.Logs;

/**
 * The fallback of {@link ModelGateway#chat}: turns the failure that ended a guarded model call into a
 * {@link ModelResult} without a response, so the agent can tell the customer the right thing. A
 * {@link BulkheadException} is {@link ModelResult.Status#BUSY}, a {@link CircuitBreakerOpenException}
 * {@link ModelResult.Status#CIRCUIT_OPEN}, anything else (timeout, HTTP error after the retries, no model
 * configured) {@link ModelResult.Status#FAILED}. Logs the kind of failure only, never the request (it holds the
 * customer's text).
 */
@Dependent
public class ModelFallback implements FallbackHandler<ModelResult> {

    private static final Logger LOG = Logs.logger(ModelFallback.class);

    /**
     * @param context the failed invocation; its failure may be null (then FAILED)
     * @return a result with status BUSY, CIRCUIT_OPEN or FAILED, never null
     */
    @Override
    public ModelResult handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        ModelResult.Status status = classify(failure);
        if (status == ModelResult.Status.FAILED) {
            LOG.log(Level.WARNING, "Model call failed after its retries or timed out ("
                    + (failure == null ? "no failure recorded" : failure.getClass().getSimpleName()) + ")");
        } else {
            LOG.info(() -> "Model call refused: " + (status == ModelResult.Status.BUSY
                    ? "bulkhead full (as many model calls as allowed are in flight)"
                    : "circuit breaker open after repeated failures"));
        }
        return ModelResult.without(status);
    }

    /**
     * @param failure what ended the call, may be null
     * @return BUSY for a full bulkhead, CIRCUIT_OPEN for an open circuit, else FAILED
     */
    static ModelResult.Status classify(Throwable failure) {
        if (failure instanceof BulkheadException) {
            return ModelResult.Status.BUSY;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return ModelResult.Status.CIRCUIT_OPEN;
        }
        return ModelResult.Status.FAILED;
    }
}
