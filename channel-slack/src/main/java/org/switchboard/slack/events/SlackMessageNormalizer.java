package org.switchboard.slack.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ExternalMessageId;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.SenderIdentity;

/**
 * Decides whether a Slack message event gets a reply and turns it into a core {@link InboundMessage}.
 *
 * <p>No reply to: bot messages ({@code bot_id} or subtype {@code bot_message}), the bot's own messages,
 * edits and deletions ({@code message_changed}, {@code message_deleted}) and other system subtypes (joins,
 * topic changes...), events without a user, channel ts or event_id, and plain {@code message} events in a
 * channel that mention the bot (Slack also sends those as {@code app_mention}, which gets the reply).
 * Answered subtypes: none, {@code file_share}, {@code thread_broadcast}, {@code me_message}.
 *
 * <p>Conversations: a DM ({@code channel_type im} or a {@code D...} channel) is one conversation per person
 * ({@code team/channel/user}: a DM channel has one human, and the user in the key keeps two people's histories,
 * escalations and memory apart even if an envelope ever reuses a channel id); elsewhere each thread is one ({@code team/channel/thread_ts}, a top-level message
 * starting a thread at its own ts), and the reply goes into that thread.
 */
public final class SlackMessageNormalizer {

    /** Reply-coordinate attribute names in {@link ConversationRef#attributes()}. */
    public static final String TEAM = "team";
    /** Channel id attribute. */
    public static final String CHANNEL = "channel";
    /** Thread ts attribute (absent for a DM reply outside a thread). */
    public static final String THREAD_TS = "thread_ts";

    /** A user mention in mrkdwn, {@code <@U123>} or {@code <@U123|label>}; group 1 is the user id. */
    private static final Pattern USER_MENTION = Pattern.compile("<@([A-Za-z0-9]+)(?:\\|[^<>]*)?>");

    private static final Set<String> ANSWERED_SUBTYPES = Set.of("file_share", "thread_broadcast", "me_message");

    private SlackMessageNormalizer() {
    }

    /**
     * @param m          the event's fields
     * @param receivedAt when the request arrived
     * @return the message to store, or why there is none
     * @throws MalformedSlackEventException when an id or timestamp is not of Slack's shape
     */
    public static Normalization normalize(SlackMessage m, Instant receivedAt) {
        if (m.eventId() == null || m.eventId().isBlank()) {
            return Normalization.ignored("no event_id");
        }
        if (m.botId() != null || "bot_message".equals(m.subtype())) {
            return Normalization.ignored("bot message");
        }
        if (m.subtype() != null && !ANSWERED_SUBTYPES.contains(m.subtype())) {
            return Normalization.ignored("subtype " + m.subtype());
        }
        if (m.user() == null || m.user().isBlank()) {
            return Normalization.ignored("no user");
        }
        if (m.botUserIds().contains(m.user())) {
            return Normalization.ignored("the bot's own message");
        }
        if (m.channel() == null || m.channel().isBlank() || m.ts() == null || m.ts().isBlank()) {
            return Normalization.ignored("no channel or ts");
        }
        requireSlackId("event_id", m.eventId());
        requireSlackId("team_id", m.teamId());
        requireSlackId("channel", m.channel());
        requireSlackId("user", m.user());
        requireSlackId("ts", m.ts());
        requireSlackId("thread_ts", m.threadTs());
        boolean dm = "im".equals(m.channelType()) || m.channel().startsWith("D");
        if ("message".equals(m.eventType()) && !dm && mentionsBot(m)) {
            return Normalization.ignored("answered as app_mention");
        }
        String team = m.teamId() == null || m.teamId().isBlank() ? "-" : m.teamId();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(TEAM, team);
        attributes.put(CHANNEL, m.channel());
        String key;
        if (dm) {
            key = team + "/" + m.channel() + "/" + m.user();
            if (m.threadTs() != null) {
                attributes.put(THREAD_TS, m.threadTs());
            }
        } else {
            String thread = m.threadTs() != null ? m.threadTs() : m.ts();
            key = team + "/" + m.channel() + "/" + thread;
            attributes.put(THREAD_TS, thread);
        }
        InboundMessage message = new InboundMessage(
                new ExternalMessageId(m.eventId()),
                new ConversationRef(Channel.SLACK, key, attributes),
                new SenderIdentity(team + ":" + m.user(), null),
                SlackText.toPlain(m.text(), addressedBotIds(m)),
                m.files(),
                receivedAt,
                m.rawBody());
        return Normalization.of(message);
    }

    /**
     * The bot's user ids whose mentions are removed from the text. Slack sends {@code app_mention} only when the
     * app's bot user is mentioned, so in one whose text mentions none of the known bot ids (no
     * {@code authorizations} in the envelope and no {@code SLACK_BOT_USER_ID}), the addressed user is the bot: the
     * mention the text starts with, or else its only user mention. Otherwise the known ids.
     */
    static Set<String> addressedBotIds(SlackMessage m) {
        if (!"app_mention".equals(m.eventType()) || m.text() == null || mentionsBot(m)) {
            return m.botUserIds();
        }
        Matcher mention = USER_MENTION.matcher(m.text().stripLeading());
        List<String> mentioned = new ArrayList<>();
        while (mention.find()) {
            if (mention.start() == 0) {
                return Set.of(mention.group(1));
            }
            mentioned.add(mention.group(1));
        }
        if (mentioned.size() == 1) {
            return Set.of(mentioned.get(0));
        }
        return m.botUserIds();
    }

    private static boolean mentionsBot(SlackMessage m) {
        if (m.text() == null) {
            return false;
        }
        for (String id : m.botUserIds()) {
            if (m.text().contains("<@" + id + ">") || m.text().contains("<@" + id + "|")) {
                return true;
            }
        }
        return false;
    }

    /** Slack's ids and timestamps: letters, digits, {@code .}, {@code _} and {@code -}, at most 64 characters. */
    private static final Pattern SLACK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static void requireSlackId(String field, String value) {
        if (value != null && !SLACK_ID.matcher(value).matches()) {
            throw new MalformedSlackEventException(field + " is not a Slack id (" + value.length() + " characters)");
        }
    }
}
