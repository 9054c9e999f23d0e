package org.switchboard.slack.delivery;

import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * A Slack Web API call failed in a way worth retrying at once (I/O error, HTTP 5xx, Slack's
 * {@code internal_error}/{@code service_unavailable}/{@code request_timeout}). Fault Tolerance retries these a few
 * times within the call; the outbox takes over after that.
 */
public class SlackTransientException extends RetryableDeliveryException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened (no token)
     * @param cause   the underlying error, or null
     */
    public SlackTransientException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
