package org.switchboard.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.lang.reflect.Method;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class ModelFallbackTest {

    @Test
    void eachKindOfRefusalGetsItsOwnStatus() {
        assertThat(fallback(new BulkheadException("full")).status()).isEqualTo(ModelResult.Status.BUSY);
        assertThat(fallback(new CircuitBreakerOpenException("open")).status()).isEqualTo(ModelResult.Status.CIRCUIT_OPEN);
        assertThat(fallback(new TimeoutException("slow")).status()).isEqualTo(ModelResult.Status.FAILED);
        assertThat(fallback(new RuntimeException("HTTP 500")).status()).isEqualTo(ModelResult.Status.FAILED);
        assertThat(fallback(new IllegalStateException("no model configured")).status()).isEqualTo(ModelResult.Status.FAILED);
        assertThat(fallback(null).status()).isEqualTo(ModelResult.Status.FAILED);
        assertThat(fallback(new BulkheadException("full")).answer()).isEmpty();
    }

    @Test
    void aResponseGoesWithAnsweredOnly() {
        ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("hi")).build();
        assertThat(ModelResult.answered(response).answer()).contains(response);
        assertThatThrownBy(() -> new ModelResult(ModelResult.Status.BUSY, response))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelResult.without(ModelResult.Status.ANSWERED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ModelResult fallback(Throwable failure) {
        return new ModelFallback().handle(new ExecutionContext() {
            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public Throwable getFailure() {
                return failure;
            }
        });
    }
}
