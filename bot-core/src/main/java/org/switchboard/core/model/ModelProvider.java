package org.switchboard.core.model;

import java.util.Locale;

/** The model providers Switchboard can talk to ({@code MODEL_PROVIDER}). */
public enum ModelProvider {
    /** No model: the deterministic offline agent answers. Needs no network and no key. */
    OFFLINE,
    /** OpenAI's Chat Completions API, or any server that speaks it (set {@code MODEL_BASE_URL}). */
    OPENAI,
    /** Azure OpenAI through its OpenAI-compatible v1 endpoint ({@code https://RESOURCE.openai.azure.com/openai/v1/}) with an {@code api-key} header. */
    AZURE_OPENAI,
    /** Anthropic's Messages API. */
    ANTHROPIC,
    /** A local or remote Ollama server. */
    OLLAMA;

    /**
     * @param name a provider name, case-insensitive; {@code openai-compatible}, {@code azure-openai},
     *             {@code azure} and dashes are accepted
     * @return the provider
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static ModelProvider parse(String name) {
        String n = name == null ? "offline" : name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "", "offline", "none" -> OFFLINE;
            case "openai", "open_ai", "openai_compatible" -> OPENAI;
            case "azure", "azure_openai", "azure_open_ai" -> AZURE_OPENAI;
            case "anthropic" -> ANTHROPIC;
            case "ollama" -> OLLAMA;
            default -> throw new IllegalArgumentException("Unknown MODEL_PROVIDER '" + name
                    + "'; use offline, openai, azure-openai, anthropic or ollama");
        };
    }
}
