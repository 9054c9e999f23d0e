package org.switchboard.bench.slackapi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted call of a {@link SlackWebApiStandIn} method other than {@code chat.postMessage}
 * ({@code chat.update}, {@code chat.postEphemeral}).
 *
 * <p>{@link #toString()} masks a {@code token} parameter so a captured call can be printed safely.
 *
 * @param method     the Web API method, e.g. {@code chat.update}; never null
 * @param params     every request parameter as received (see {@link CapturedMessage#params()}); unmodifiable
 * @param receivedAt when the stand-in received the request (server clock)
 */
public record CapturedCall(String method, Map<String, String> params, Instant receivedAt) {

    /**
     * Validates and freezes the components.
     *
     * @param method the method component
     * @param params the params component
     * @param receivedAt the receivedAt component
     * @throws NullPointerException if any component is null
     */
    public CapturedCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(receivedAt, "receivedAt");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }

    /**
     * @param name a parameter name such as {@code channel}, {@code ts}, {@code user}, {@code text}, {@code blocks}
     * @return its value, or null when absent
     */
    public String param(String name) {
        return params.get(name);
    }

    /** @return a description with any {@code token} parameter shown as {@code ***} */
    @Override
    public String toString() {
        Map<String, String> safe = new LinkedHashMap<>(params);
        safe.computeIfPresent("token", (k, v) -> "***");
        return "CapturedCall[method=" + method + ", receivedAt=" + receivedAt + ", params=" + safe + "]";
    }
}
