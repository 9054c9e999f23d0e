package org.switchboard.core.conversation;

/**
 * A person acting on a conversation, as the transcript and the audit log name them.
 *
 * @param userName    their user name (console sign-in), 1 to 100 characters; the audit log's actor
 * @param displayName the name shown in the transcript; the user name when there is no other
 */
public record HumanActor(String userName, String displayName) {

    /**
     * @throws IllegalArgumentException when the user name is blank or longer than 100 characters
     */
    public HumanActor {
        if (userName == null || userName.isBlank() || userName.length() > 100) {
            throw new IllegalArgumentException("userName must be 1 to 100 characters");
        }
        displayName = displayName == null || displayName.isBlank() ? userName : displayName;
    }
}
