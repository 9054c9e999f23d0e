package org.switchboard.slack.events;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.switchboard.core.channel.Attachment;
import org.switchboard.slack.SlackFixtures;

/**
 * Builds {@link SlackMessage}s from real Events API bodies the way {@link SlackEventRoutes} does, reading the fields
 * straight from the JSON: team from the envelope's {@code team_id}, else the event's {@code team}; bot user ids from
 * the configured id plus every {@code authorizations} entry with {@code is_bot: true}; {@code files} as attachments
 * (size -1 when absent); no {@code channel_type} for {@code app_mention}. (The few fields a route leaves out, such as
 * {@code bot_id} on file_share, are checked through Bolt itself in {@link SlackEventRoutesTest}.)
 */
final class SlackMessages {

    /** The bot user id the tests configure ({@code SLACK_BOT_USER_ID}); the customer messages mention it. */
    static final String BOT = "U0BOT";

    private SlackMessages() {
    }

    /** @return the message for a fixture file, with {@link #BOT} configured */
    static SlackMessage fromFixture(Path file) {
        return fromBody(SlackFixtures.read(file), Optional.of(BOT));
    }

    /** @return the message for a fixture under the root, with {@link #BOT} configured */
    static SlackMessage fromFixture(String relative) {
        return fromFixture(SlackFixtures.path(relative));
    }

    /**
     * @param body                an {@code event_callback} body
     * @param configuredBotUserId {@code SLACK_BOT_USER_ID}, if set
     * @return the event's fields
     */
    static SlackMessage fromBody(String body, Optional<String> configuredBotUserId) {
        JsonObject envelope = SlackFixtures.json(body);
        JsonObject event = envelope.getAsJsonObject("event");
        String type = SlackFixtures.string(event, "type");
        String team = SlackFixtures.string(envelope, "team_id") != null
                ? SlackFixtures.string(envelope, "team_id") : SlackFixtures.string(event, "team");
        Set<String> botUserIds = new LinkedHashSet<>();
        configuredBotUserId.ifPresent(botUserIds::add);
        if (envelope.has("authorizations") && envelope.get("authorizations").isJsonArray()) {
            for (JsonElement a : envelope.getAsJsonArray("authorizations")) {
                JsonObject auth = a.getAsJsonObject();
                if (auth.has("is_bot") && auth.get("is_bot").getAsBoolean() && SlackFixtures.string(auth, "user_id") != null) {
                    botUserIds.add(SlackFixtures.string(auth, "user_id"));
                }
            }
        }
        List<Attachment> files = new ArrayList<>();
        if (event.has("files")) {
            for (JsonElement f : event.getAsJsonArray("files")) {
                JsonObject file = f.getAsJsonObject();
                files.add(new Attachment(SlackFixtures.string(file, "name"), SlackFixtures.string(file, "mimetype"),
                        file.has("size") && !file.get("size").isJsonNull() ? file.get("size").getAsLong() : -1));
            }
        }
        return new SlackMessage(SlackFixtures.string(envelope, "event_id"), type, SlackFixtures.string(event, "subtype"),
                team, SlackFixtures.string(event, "channel"),
                "app_mention".equals(type) ? null : SlackFixtures.string(event, "channel_type"),
                SlackFixtures.string(event, "user"), SlackFixtures.string(event, "bot_id"),
                SlackFixtures.string(event, "text"), SlackFixtures.string(event, "ts"),
                SlackFixtures.string(event, "thread_ts"), botUserIds, files, body);
    }

    /** @return a copy of the message with some fields changed */
    static SlackMessage with(SlackMessage m, Consumer<Fields> change) {
        Fields f = new Fields(m);
        change.accept(f);
        return f.build();
    }

    /** The mutable fields of a {@link SlackMessage}, for {@link #with}. */
    static final class Fields {
        String eventId;
        String eventType;
        String subtype;
        String teamId;
        String channel;
        String channelType;
        String user;
        String botId;
        String text;
        String ts;
        String threadTs;
        Set<String> botUserIds;
        List<Attachment> files;
        String rawBody;

        private Fields(SlackMessage m) {
            eventId = m.eventId();
            eventType = m.eventType();
            subtype = m.subtype();
            teamId = m.teamId();
            channel = m.channel();
            channelType = m.channelType();
            user = m.user();
            botId = m.botId();
            text = m.text();
            ts = m.ts();
            threadTs = m.threadTs();
            botUserIds = m.botUserIds();
            files = m.files();
            rawBody = m.rawBody();
        }

        private SlackMessage build() {
            return new SlackMessage(eventId, eventType, subtype, teamId, channel, channelType, user, botId, text, ts,
                    threadTs, botUserIds, files, rawBody);
        }
    }
}
