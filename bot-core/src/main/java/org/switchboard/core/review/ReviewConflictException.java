package org.switchboard.core.review;

/** A decision on a draft that is no longer pending (another person decided first). */
public class ReviewConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what conflicted, without the draft's text */
    public ReviewConflictException(String message) {
        super(message);
    }
}
