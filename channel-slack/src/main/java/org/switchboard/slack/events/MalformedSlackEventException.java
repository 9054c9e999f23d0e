package org.switchboard.slack.events;

/**
 * A verified Slack event whose ids do not have Slack's shape (for example a 100 KB {@code team_id}): it cannot be
 * stored, and retrying cannot help, so the endpoint answers 400 instead of 500.
 */
public class MalformedSlackEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, without the offending value */
    public MalformedSlackEventException(String message) {
        super(message);
    }
}
