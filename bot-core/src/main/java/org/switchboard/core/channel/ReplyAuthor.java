package org.switchboard.core.channel;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The person who wrote a reply the outbox delivers (a support agent answering from the console), carried in the
 * outbox entry's conversation reference as two attributes ({@value #USER_NAME}, {@value #DISPLAY_NAME}), so no
 * outbox column is needed. A reply without them is the bot's. Channels use it to show the person (a name line in
 * Slack and Teams, the From display name in email) and to leave out what marks the bot's replies as automatic
 * (RFC 3834 {@code Auto-Submitted}).
 *
 * @param userName    the person's user name (console sign-in), never blank
 * @param displayName the name shown to the customer, never blank (the user name when there is no other)
 */
public record ReplyAuthor(String userName, String displayName) {

    /** Attribute holding the person's user name. */
    public static final String USER_NAME = "reply_author";

    /** Attribute holding the person's display name. */
    public static final String DISPLAY_NAME = "reply_author_name";

    /** @throws IllegalArgumentException when the user name is blank */
    public ReplyAuthor {
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? userName : displayName.strip();
    }

    /**
     * @param ref where the reply goes (a conversation's reference)
     * @return the same reference naming this person as the reply's author
     */
    public ConversationRef stamp(ConversationRef ref) {
        TreeMap<String, String> attributes = new TreeMap<>(ref.attributes());
        attributes.put(USER_NAME, userName);
        attributes.put(DISPLAY_NAME, displayName);
        return new ConversationRef(ref.channel(), ref.key(), attributes);
    }

    /**
     * @param ref an outbox entry's reference
     * @return the person who wrote the reply, or empty for the bot's own replies
     */
    public static Optional<ReplyAuthor> of(ConversationRef ref) {
        String user = ref.attribute(USER_NAME);
        return user == null || user.isBlank() ? Optional.empty()
                : Optional.of(new ReplyAuthor(user, ref.attribute(DISPLAY_NAME)));
    }
}
