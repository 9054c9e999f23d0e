package org.switchboard.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the model.
 *
 * @param provider the provider
 * @param name     the model (deployment) name, e.g. {@code gpt-4o-mini}, {@code claude-sonnet-4-5}, {@code llama3.1}
 * @param baseUrl  the API base URL, or null for the provider's default
 * @param apiKey   the API key, or null when the provider needs none (Ollama, local servers); never logged
 * @param timeout  how long one model call may take
 */
public record ModelSettings(ModelProvider provider, String name, String baseUrl, String apiKey, Duration timeout) {

    /** @throws NullPointerException if provider or timeout is null */
    public ModelSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeout, "timeout");
        baseUrl = blankToNull(baseUrl);
        apiKey = blankToNull(apiKey);
        name = blankToNull(name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** @return the settings without the key, for logs */
    @Override
    public String toString() {
        return "ModelSettings[provider=" + provider + ", name=" + name + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "set") + ", timeout=" + timeout + "]";
    }
}
