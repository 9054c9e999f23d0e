package org.switchboard.slack.events;

import java.util.List;
import java.util.Set;
import org.switchboard.core.channel.Attachment;

/**
 * The fields of a Slack {@code message} or {@code app_mention} event the bot uses, taken from Bolt's typed
 * payload (Slack Events API, {@code event_callback} envelope).
 *
 * @param eventId     the envelope's {@code event_id} (unique per delivery, stable across retries)
 * @param eventType   {@code message} or {@code app_mention}
 * @param subtype     the message subtype ({@code file_share}, {@code bot_message}, ...) or null
 * @param teamId      workspace id ({@code team_id} of the envelope, else the event's {@code team})
 * @param channel     channel id ({@code C...}, {@code G...}, {@code D...} for DMs)
 * @param channelType {@code channel}, {@code group}, {@code im}, {@code mpim}, or null (app_mention has none)
 * @param user        the author's user id, or null
 * @param botId       set when a bot wrote it
 * @param text        the text in Slack mrkdwn, or null
 * @param ts          the message's timestamp id
 * @param threadTs    the thread root's ts when the message is in a thread, else null
 * @param botUserIds  user ids of this app's bot from the envelope's {@code authorizations} (is_bot) and config
 * @param files       files shared with the message
 * @param rawBody     the request body as received
 */
public record SlackMessage(String eventId, String eventType, String subtype, String teamId, String channel,
                           String channelType, String user, String botId, String text, String ts, String threadTs,
                           Set<String> botUserIds, List<Attachment> files, String rawBody) {
    /** Normalizes null collections to empty ones. */
    public SlackMessage {
        botUserIds = botUserIds == null ? Set.of() : Set.copyOf(botUserIds);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
