package org.switchboard.email.outbound;

import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * An SMTP send failed in a way worth retrying at once: connection refused or reset, timeout, a 4xx reply
 * (RFC 5321 section 4.2.1, "transient negative completion"). Fault Tolerance retries these a few times within the
 * call; the outbox takes over after that.
 */
public class SmtpTransientException extends RetryableDeliveryException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened (no credentials, no message content)
     * @param cause   the underlying error
     */
    public SmtpTransientException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
