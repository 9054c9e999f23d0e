package org.switchboard.core.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.switchboard.core.privacy.Logs;

/**
 * Every model call goes through here, with MicroProfile Fault Tolerance, outermost first:
 * <ul>
 *   <li>a fallback ({@link ModelFallback}) that turns any failure into a {@link ModelResult} without a response:
 *       BUSY (bulkhead full), CIRCUIT_OPEN or FAILED, so a turn never fails because the model did;</li>
 *   <li>2 retries, 500 ms apart, except after a full bulkhead, an open circuit or a missing model (retrying those
 *       at once cannot help: a busy turn is retried later by the worker instead);</li>
 *   <li>a circuit breaker: opens when half of the last 10 calls failed and refuses calls for 30 s, then lets one
 *       probe through (a full bulkhead is not a model failure and does not count);</li>
 *   <li>a 30 s timeout ({@code MODEL_TIMEOUT_MS} sets the HTTP client's own, default 30000 ms);</li>
 *   <li>a bulkhead of 8 calls in flight at once (synchronous: no waiting queue; the inbox is the queue).</li>
 * </ul>
 * Every value can be changed with MicroProfile Config, without a rebuild, under the standard names
 * {@code org.switchboard.core.model.ModelGateway/chat/<Annotation>/<parameter>} (e.g.
 * {@code .../chat/Bulkhead/value=16}, {@code .../chat/CircuitBreaker/delay=60}, in the annotation's unit), or as
 * environment variables in their MicroProfile Config form
 * ({@code ORG_SWITCHBOARD_CORE_MODEL_MODELGATEWAY_CHAT_BULKHEAD_VALUE=16}); see README.md, "Model fault tolerance".
 */
@ApplicationScoped
public class ModelGateway {

    private static final Logger LOG = Logs.logger(ModelGateway.class);

    @Inject
    @ConfigProperty(name = "model.provider", defaultValue = "offline")
    String provider;

    @Inject
    @ConfigProperty(name = "model.name")
    Optional<String> name;

    @Inject
    @ConfigProperty(name = "model.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "model.api.key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "model.timeout.ms", defaultValue = "30000")
    long timeoutMs;

    private ChatModel model;

    @PostConstruct
    void init() {
        ModelSettings settings = new ModelSettings(ModelProvider.parse(provider), name.orElse(null),
                baseUrl.orElse(null), apiKey.orElse(null), Duration.ofMillis(timeoutMs));
        model = ChatModels.create(settings).orElse(null);
        LOG.info(() -> "Model: " + settings);
    }

    /** @return whether a model is configured (any provider but offline) */
    public boolean isConfigured() {
        return model != null;
    }

    /**
     * Sends one request to the model.
     *
     * @param request messages and tool specifications
     * @return the model's response ({@link ModelResult.Status#ANSWERED}), or why there is none: BUSY when the
     *         bulkhead is full, CIRCUIT_OPEN when the circuit breaker refused the call, FAILED when the model is not
     *         configured, timed out or failed after the retries; never null, never throws
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 0,
            abortOn = {IllegalStateException.class, BulkheadException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = BulkheadException.class)
    @Bulkhead(8)
    @Fallback(ModelFallback.class)
    public ModelResult chat(ChatRequest request) {
        if (model == null) {
            throw new IllegalStateException("no model configured (MODEL_PROVIDER=offline)");
        }
        return ModelResult.answered(model.chat(request));
    }
}
