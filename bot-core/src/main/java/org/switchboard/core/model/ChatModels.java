package org.switchboard.core.model;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the LangChain4j {@link ChatModel} for {@link ModelSettings}. Retries are left to MicroProfile Fault
 * Tolerance in {@link ModelGateway} ({@code maxRetries(0)} here), so a slow model is not retried twice over.
 */
public final class ChatModels {

    private ChatModels() {
    }

    /**
     * @param settings where and which model
     * @return the model, or empty for {@link ModelProvider#OFFLINE}
     * @throws IllegalArgumentException when a setting the provider needs is missing (model name; API key for
     *                                  OpenAI at its default URL, Azure and Anthropic; base URL for Azure)
     */
    public static Optional<ChatModel> create(ModelSettings settings) {
        return switch (settings.provider()) {
            case OFFLINE -> Optional.empty();
            case OPENAI -> Optional.of(openAi(settings));
            case AZURE_OPENAI -> Optional.of(azure(settings));
            case ANTHROPIC -> Optional.of(anthropic(settings));
            case OLLAMA -> Optional.of(ollama(settings));
        };
    }

    private static ChatModel openAi(ModelSettings s) {
        if (s.baseUrl() == null && s.apiKey() == null) {
            throw new IllegalArgumentException("MODEL_API_KEY is required for OpenAI (or set MODEL_BASE_URL to an OpenAI-compatible server)");
        }
        return OpenAiChatModel.builder()
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey() == null ? "not-needed" : s.apiKey())
                .modelName(required(s.name()))
                .timeout(s.timeout())
                .maxRetries(0)
                .build();
    }

    private static ChatModel azure(ModelSettings s) {
        if (s.baseUrl() == null || s.apiKey() == null) {
            throw new IllegalArgumentException("Azure OpenAI needs MODEL_BASE_URL (https://RESOURCE.openai.azure.com/openai/v1/) and MODEL_API_KEY");
        }
        return OpenAiChatModel.builder()
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .customHeaders(Map.of("api-key", s.apiKey()))
                .modelName(required(s.name()))
                .timeout(s.timeout())
                .maxRetries(0)
                .build();
    }

    private static ChatModel anthropic(ModelSettings s) {
        if (s.apiKey() == null) {
            throw new IllegalArgumentException("MODEL_API_KEY is required for Anthropic");
        }
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .apiKey(s.apiKey())
                .modelName(required(s.name()))
                .timeout(s.timeout())
                .maxRetries(0);
        if (s.baseUrl() != null) {
            builder.baseUrl(s.baseUrl());
        }
        return builder.build();
    }

    private static ChatModel ollama(ModelSettings s) {
        return OllamaChatModel.builder()
                .baseUrl(s.baseUrl() == null ? "http://localhost:11434" : s.baseUrl())
                .modelName(required(s.name()))
                .timeout(s.timeout())
                .maxRetries(0)
                .build();
    }

    private static String required(String name) {
        if (name == null) {
            throw new IllegalArgumentException("MODEL_NAME is required for this MODEL_PROVIDER");
        }
        return name;
    }
}
