package org.switchboard.core.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.switchboard.core.privacy.Logs;

/**
 * Every model call goes through here, with MicroProfile Fault Tolerance: a 30 s timeout ({@code MODEL_TIMEOUT_MS}
 * sets the client's own), 2 retries with 500 ms backoff, a circuit breaker (opens after 10 calls with 50 %
 * failures, half-opens after 30 s), a bulkhead of 8 concurrent calls, and a fallback that answers "no response"
 * so the agent escalates politely instead of failing the turn.
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
     * @return the model's response, or empty when the model is not configured, timed out, failed after retries,
     *         or its circuit is open
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 0, abortOn = IllegalStateException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(8)
    @Fallback(fallbackMethod = "noResponse")
    public Optional<ChatResponse> chat(ChatRequest request) {
        if (model == null) {
            throw new IllegalStateException("no model configured (MODEL_PROVIDER=offline)");
        }
        return Optional.of(model.chat(request));
    }

    Optional<ChatResponse> noResponse(ChatRequest request) {
        LOG.log(Level.WARNING, "Model call failed, timed out or was refused by the circuit breaker; the agent escalates");
        return Optional.empty();
    }
}
