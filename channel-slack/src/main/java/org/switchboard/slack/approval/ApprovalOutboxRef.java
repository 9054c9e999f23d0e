package org.switchboard.slack.approval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.slack.events.SlackMessageNormalizer;

/**
 * The outbox addresses ({@link ConversationRef}s of channel {@link Channel#SLACK}) of the approval messages, so
 * that they are delivered, retried and dead-lettered by the core outbox like every reply. The attribute
 * {@value #KIND} tells {@link org.switchboard.slack.delivery.SlackReplyDeliverer} which Web API call to make;
 * customer replies have no such attribute.
 */
public final class ApprovalOutboxRef {

    /** Attribute naming the kind of approval message. */
    public static final String KIND = "slack_kind";
    /** Attribute holding the approval request's id. */
    public static final String APPROVAL_ID = "approval_id";
    /** Attribute holding the user an ephemeral message is shown to. */
    public static final String USER = "user";

    /** The kinds of approval messages. */
    public enum Kind {
        /** The approvers' message with the buttons ({@code chat.postMessage} with blocks). */
        APPROVAL_REQUEST,
        /** The decision, replacing the buttons ({@code chat.update}, or a new message when none was posted). */
        APPROVAL_DECISION,
        /** A message only the clicking user sees ({@code chat.postEphemeral}). */
        EPHEMERAL
    }

    private ApprovalOutboxRef() {
    }

    /**
     * @param channel    the approvers' channel id
     * @param approvalId the request
     * @return the address of the message with the buttons
     */
    public static ConversationRef request(String channel, long approvalId) {
        return ref(Kind.APPROVAL_REQUEST, channel, Map.of(APPROVAL_ID, Long.toString(approvalId)));
    }

    /**
     * @param channel    the approvers' channel id
     * @param approvalId the decided request
     * @return the address of the decision update
     */
    public static ConversationRef decision(String channel, long approvalId) {
        return ref(Kind.APPROVAL_DECISION, channel, Map.of(APPROVAL_ID, Long.toString(approvalId)));
    }

    /**
     * @param channel the channel the user clicked in
     * @param user    the user's id
     * @return the address of a message only that user sees
     */
    public static ConversationRef ephemeral(String channel, String user) {
        return ref(Kind.EPHEMERAL, channel, Map.of(USER, user));
    }

    /**
     * @param ref an outbox address
     * @return its approval message kind, or null for an ordinary reply (or an unknown kind)
     */
    public static Kind kindOf(ConversationRef ref) {
        String kind = ref.attribute(KIND);
        if (kind == null) {
            return null;
        }
        for (Kind k : Kind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        return null;
    }

    private static ConversationRef ref(Kind kind, String channel, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>(extra);
        attributes.put(KIND, kind.name().toLowerCase(java.util.Locale.ROOT));
        attributes.put(SlackMessageNormalizer.CHANNEL, channel);
        String key = "approvals/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + channel + "/"
                + String.join("/", extra.values());
        return new ConversationRef(Channel.SLACK, key.length() > ConversationRef.MAX_KEY_LENGTH
                ? key.substring(0, ConversationRef.MAX_KEY_LENGTH) : key, attributes);
    }
}
