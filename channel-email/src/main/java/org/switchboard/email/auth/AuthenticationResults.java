package org.switchboard.email.auth;

import java.util.List;
import java.util.Objects;

/**
 * One parsed Authentication-Results header field (RFC 8601 section 2.2).
 *
 * @param authservId the authentication service identifier: who wrote the field (normally the receiving server's
 *                   host name), as written; compared case-insensitively
 * @param results    the method results in order; empty for {@code none}
 */
public record AuthenticationResults(String authservId, List<MethodResult> results) {

    /** @throws NullPointerException if any component is null */
    public AuthenticationResults {
        Objects.requireNonNull(authservId, "authservId");
        results = List.copyOf(results);
    }
}
