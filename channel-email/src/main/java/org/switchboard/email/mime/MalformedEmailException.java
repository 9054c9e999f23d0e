package org.switchboard.email.mime;

/**
 * A message whose header block cannot be parsed at all (RFC 5322 section 2.2 violated beyond what Jakarta Mail
 * tolerates). The poller stores such a message flagged for a human and goes on with the next one.
 */
public class MalformedEmailException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong (no message content)
     * @param cause   the parser's error
     */
    public MalformedEmailException(String message, Throwable cause) {
        super(message, cause);
    }
}
