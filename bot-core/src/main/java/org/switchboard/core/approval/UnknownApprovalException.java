package org.switchboard.core.approval;

/** No approval request has the given id. */
public class UnknownApprovalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param id the id asked for */
    public UnknownApprovalException(long id) {
        super("no approval request " + id);
    }
}
