package org.switchboard.core.review;

/** No draft has the id asked for. */
public class UnknownReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param id the id asked for */
    public UnknownReviewException(long id) {
        super("no review draft " + id);
    }
}
