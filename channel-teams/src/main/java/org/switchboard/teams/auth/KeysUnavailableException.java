package org.switchboard.teams.auth;

/**
 * The OpenID metadata or its signing keys cannot be read right now (network, HTTP error, bad document): the token
 * cannot be judged. The endpoint answers 503 so the Bot Framework retries; nothing is stored.
 */
public class KeysUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the underlying error, or null
     */
    public KeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
