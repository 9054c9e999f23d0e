package org.switchboard.core.channel;

/**
 * A delivery failed and retrying cannot help (unknown channel, revoked token, message rejected). The outbox
 * dead-letters the reply, logs it and writes an audit entry so a human sees it.
 */
public class PermanentDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened (no secrets)
     * @param cause   the underlying error, or null
     */
    public PermanentDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
