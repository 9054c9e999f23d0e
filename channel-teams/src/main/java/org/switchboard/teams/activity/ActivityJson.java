package org.switchboard.teams.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/** Reads and writes Bot Framework Activity JSON with the SDK's own Jackson mapping ({@code Serialization}). */
public final class ActivityJson {

    private static final Logger LOG = Logs.logger(ActivityJson.class);

    /** Activity fields not mapped (see {@link #parse}). */
    private static final java.util.List<String> IGNORED_TIMES = java.util.List.of("timestamp", "localTimestamp", "expiration");

    private ActivityJson() {
    }

    /**
     * @param body a request body
     * @return the activity without its {@code timestamp}, {@code localTimestamp} and {@code expiration} (the SDK's
     *         fixed date pattern refuses valid RFC 3339 values; they are not used), or empty when the body is not a
     *         JSON object the Activity schema accepts (logged with the reason)
     */
    public static Optional<Activity> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode tree = Serialization.jsonToTree(body);
            if (tree == null || !tree.isObject()) {
                return Optional.empty();
            }
            // bot-schema 4.14.3 maps these with a fixed date pattern that refuses valid RFC 3339 times (e.g. without
            // fractional seconds, or a placeholder in a sample); Switchboard uses its own receive time instead, and
            // the raw body keeps them.
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove(IGNORED_TIMES);
            return Optional.ofNullable(Serialization.safeGetAs(tree, Activity.class));
        } catch (IOException | RuntimeException e) {
            // never the exception's message: Jackson quotes the offending token, i.e. text of an unauthenticated body
            LOG.info(() -> "Request body (" + body.length() + " chars) is not a Bot Framework activity: "
                    + e.getClass().getSimpleName() + where(e));
            return Optional.empty();
        }
    }

    private static String where(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null) {
            return " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        }
        return "";
    }

    /**
     * @param activity an activity
     * @return its JSON text
     * @throws IllegalStateException if Jackson cannot write it (not expected for SDK types)
     */
    public static String write(Activity activity) {
        try {
            return Serialization.toString(activity);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write activity JSON", e);
        }
    }
}
