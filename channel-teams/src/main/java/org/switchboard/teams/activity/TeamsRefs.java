package org.switchboard.teams.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the reply coordinates a Teams {@link org.switchboard.core.channel.ConversationRef} carries, and the rule
 * for keys longer than the database allows.
 */
public final class TeamsRefs {

    /** The Bot Connector base URL the activity came from (verified against the token's {@code serviceurl}). */
    public static final String SERVICE_URL = "serviceUrl";
    /** The Bot Framework conversation id (personal chat, group chat, or channel thread with {@code ;messageid=}). */
    public static final String CONVERSATION_ID = "conversationId";
    /** The id of the activity a reply answers ({@code replyToId}); absent for proactive messages. */
    public static final String ACTIVITY_ID = "activityId";
    /** The bot's own channel account id ({@code recipient.id} of the inbound activity). */
    public static final String BOT_ID = "botId";
    /** The bot's display name. */
    public static final String BOT_NAME = "botName";
    /** The Microsoft Entra tenant of the conversation. */
    public static final String TENANT_ID = "tenantId";
    /** {@code personal}, {@code groupChat} or {@code channel}, when Teams says. */
    public static final String CONVERSATION_TYPE = "conversationType";

    private TeamsRefs() {
    }

    /**
     * The inbox key of an inbound activity (issue 19): Teams activity ids are unique within a conversation only (in
     * Teams they are millisecond timestamps), so the duplicate check keys on both, or a message in one conversation
     * could be dropped as a "duplicate" of another conversation's.
     *
     * @param conversationId the activity's {@code conversation.id}
     * @param activityId     the activity's {@code id}
     * @return {@code <activityId>|<conversationId>}, or its {@link #fitting} hash when longer than 255 characters
     */
    public static String messageKey(String conversationId, String activityId) {
        return fitting(activityId + "|" + conversationId, org.switchboard.core.channel.ExternalMessageId.MAX_LENGTH);
    }

    /**
     * @param id   an external id
     * @param max  the longest value that may be stored
     * @return the id itself when it fits, else {@code sha256:} and the hex SHA-256 of its UTF-8 bytes (71 characters)
     */
    public static String fitting(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
