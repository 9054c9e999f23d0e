package org.switchboard.teams.auth;

/**
 * The request's bearer token is missing or fails a check; the endpoint answers 401 and stores nothing. The message
 * says which check failed and never contains the token.
 */
public class TokenRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which check failed (no token text)
     * @param cause   the library's error, or null
     */
    public TokenRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
