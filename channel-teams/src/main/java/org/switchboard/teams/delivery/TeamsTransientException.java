package org.switchboard.teams.delivery;

import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * A Bot Connector or token call failed in a way worth retrying at once (no connection, another I/O error, HTTP 5xx
 * without {@code Retry-After}, an expired token). Fault Tolerance retries these a few times within the call; the
 * outbox takes over after that. A post sent but not answered in time is not one of these: its outcome is unknown
 * ({@link BotConnectorClient}).
 */
public class TeamsTransientException extends RetryableDeliveryException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened (no token)
     * @param cause   the underlying error, or null
     */
    public TeamsTransientException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
