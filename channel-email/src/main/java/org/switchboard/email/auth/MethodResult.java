package org.switchboard.email.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code resinfo} of an Authentication-Results header field (RFC 8601 section 2.2), e.g.
 * {@code dkim=pass header.d=example.com}.
 *
 * @param method     the method name, lower case, without its version ({@code dmarc}, {@code dkim}, {@code spf}, ...)
 * @param result     the result keyword, lower case ({@code pass}, {@code fail}, {@code none}, ...)
 * @param properties the {@code ptype.property} values, keys lower case ({@code header.d}, {@code smtp.mailfrom});
 *                   non-standard {@code key=value} pairs some servers add ({@code action=none}) and the
 *                   {@code reason} are kept under their bare key; values as written, quoted strings unquoted
 */
public record MethodResult(String method, String result, Map<String, String> properties) {

    /**
     * @throws NullPointerException if any component is null
     */
    public MethodResult {
        method = Objects.requireNonNull(method, "method").toLowerCase(Locale.ROOT);
        result = Objects.requireNonNull(result, "result").toLowerCase(Locale.ROOT);
        properties = Map.copyOf(properties);
    }

    /**
     * @param key a property key such as {@code header.from}, case-insensitive
     * @return its value, if present
     */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key.toLowerCase(Locale.ROOT)));
    }

    /** @return whether the result is {@code pass} */
    public boolean passed() {
        return "pass".equals(result);
    }
}
