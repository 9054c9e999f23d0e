package org.switchboard.core.channel;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a conversation lives in its channel, enough to find it again and to reply into it.
 *
 * <p>{@code key} identifies the conversation uniquely within the channel (Slack: {@code team/channel/thread_ts}
 * for a channel thread, {@code team/channel} for a DM; Teams: conversation id; email: thread root Message-ID).
 * {@code attributes} carry what the channel's {@link ReplyDeliverer} needs to reply (Slack: {@code team},
 * {@code channel}, {@code thread_ts}; Teams: {@code serviceUrl}, conversation id, activity id).
 *
 * @param channel    the channel
 * @param key        unique conversation key within the channel, 1 to 255 characters
 * @param attributes channel-specific reply coordinates; copied, sorted, unmodifiable; null names and values are
 *                   left out
 */
public record ConversationRef(Channel channel, String key, Map<String, String> attributes) {
    /** Longest key the database stores. */
    public static final int MAX_KEY_LENGTH = 255;

    /**
     * @throws NullPointerException     if channel or key is null
     * @throws IllegalArgumentException if key is blank or too long
     */
    public ConversationRef {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("conversation key must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                if (name != null && value != null) {
                    copy.put(name, value);
                }
            });
        }
        attributes = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param name attribute name
     * @return the attribute's value, or null when absent
     */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
