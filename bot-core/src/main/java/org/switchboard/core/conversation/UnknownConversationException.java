package org.switchboard.core.conversation;

/** No conversation has the given id (the admin API answers 404). */
public class UnknownConversationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param id the id asked for */
    public UnknownConversationException(long id) {
        super("No conversation " + id);
    }
}
