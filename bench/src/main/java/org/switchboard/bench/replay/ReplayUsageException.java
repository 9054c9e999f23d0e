package org.switchboard.bench.replay;

/**
 * The replay command was called wrongly: a missing signing secret, an unknown or malformed option, no or
 * missing payload paths. {@link #getMessage()} is a sentence meant for the user; {@link SlackReplay} prints it
 * and exits with status 2.
 */
public final class ReplayUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it, for the user
     */
    public ReplayUsageException(String message) {
        super(message);
    }
}
