package org.switchboard.core.approval;

/**
 * A decision that cannot be taken because the request was already decided or has expired; nothing was changed.
 */
public class ApprovalConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message why the decision was refused */
    public ApprovalConflictException(String message) {
        super(message);
    }
}
