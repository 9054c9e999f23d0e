package org.switchboard.email.auth;

import java.util.Optional;

/** An Authentication-Results field value that does not follow RFC 8601's grammar. */
public final class MalformedAuthenticationResultsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String authservId;

    /**
     * @param message    what is wrong and where (character offset), without the value itself
     * @param authservId the authserv-id read before the error, or null when even that failed
     */
    MalformedAuthenticationResultsException(String message, String authservId) {
        super(message);
        this.authservId = authservId;
    }

    /** @return the authserv-id of the malformed field, when it could be read */
    public Optional<String> authservId() {
        return Optional.ofNullable(authservId);
    }
}
