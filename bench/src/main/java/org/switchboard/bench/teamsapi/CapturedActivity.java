package org.switchboard.bench.teamsapi;

import java.time.Instant;
import java.util.Map;

/**
 * One activity the bot posted to the Bot Connector stand-in.
 *
 * @param conversationId the conversation id from the URL path (percent-decoded)
 * @param replyToId      the activity id from the URL path ({@code .../activities/{replyToId}}), or null for a new
 *                       message
 * @param bearerToken    the token from {@code Authorization: Bearer}, or null when none was sent
 * @param activity       the posted JSON object
 * @param receivedAt     when the stand-in received it
 */
public record CapturedActivity(String conversationId, String replyToId, String bearerToken, Map<String, Object> activity,
                               Instant receivedAt) {

    /** @return the activity's {@code text}, or null */
    public String text() {
        return activity.get("text") instanceof String s ? s : null;
    }

    /** @return the activity's {@code replyToId} field (the body's, not the URL's), or null */
    public String bodyReplyToId() {
        return activity.get("replyToId") instanceof String s ? s : null;
    }

    @Override
    public String toString() {
        return "CapturedActivity[conversation=" + conversationId + ", replyTo=" + replyToId + ", text=" + text()
                + ", token=" + (bearerToken == null ? "none" : "***") + "]";
    }
}
