package org.switchboard.email.mime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level header fields of a message (RFC 5322 section 2.2), unfolded, looked up case-insensitively. Values
 * are raw (encoded words not decoded): the loop guard compares tokens, not text.
 */
public final class MailHeaders {

    private final Map<String, List<String>> fields;

    /**
     * @param fields header name to values in message order; names are matched case-insensitively
     */
    public MailHeaders(Map<String, List<String>> fields) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        copy.replaceAll((k, v) -> List.copyOf(v));
        this.fields = Collections.unmodifiableMap(copy);
    }

    /**
     * @param name a header name, any case
     * @return its values in message order, possibly empty
     */
    public List<String> all(String name) {
        return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * @param name a header name, any case
     * @return the first value, trimmed, if present
     */
    public Optional<String> first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0).trim());
    }

    /** @param name a header name @return whether the header is present (with any value) */
    public boolean has(String name) {
        return !all(name).isEmpty();
    }

    /** @return the lower-case names of all fields present, in message order */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }
}
