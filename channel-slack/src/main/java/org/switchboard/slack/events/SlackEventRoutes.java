package org.switchboard.slack.events;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageChannelJoinEvent;
import com.slack.api.model.event.MessageChannelLeaveEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchboard.core.channel.Attachment;

/**
 * Registers the Bolt event handlers: each answered event kind is mapped to a {@link SlackMessage} and given to
 * {@link SlackInboundHandler}; bot messages, edits, deletions, joins and leaves are acknowledged without a
 * reply. Every handler acks at once; the work happens on the conversation worker.
 */
final class SlackEventRoutes {

    private final SlackInboundHandler handler;
    private final Optional<String> configuredBotUserId;

    SlackEventRoutes(SlackInboundHandler handler, Optional<String> configuredBotUserId) {
        this.handler = handler;
        this.configuredBotUserId = configuredBotUserId;
    }

    void register(App app) {
        app.event(MessageEvent.class, (p, ctx) -> handle(p, ctx, "message", null, p.getEvent().getTeam(),
                p.getEvent().getChannel(), p.getEvent().getChannelType(), p.getEvent().getUser(), p.getEvent().getBotId(),
                p.getEvent().getText(), p.getEvent().getTs(), p.getEvent().getThreadTs(), p.getEvent().getFiles()));
        app.event(AppMentionEvent.class, (p, ctx) -> handle(p, ctx, "app_mention", p.getEvent().getSubtype(),
                p.getEvent().getTeam(), p.getEvent().getChannel(), null, p.getEvent().getUser(), p.getEvent().getBotId(),
                p.getEvent().getText(), p.getEvent().getTs(), p.getEvent().getThreadTs(), p.getEvent().getFiles()));
        app.event(MessageFileShareEvent.class, (p, ctx) -> handle(p, ctx, "message", "file_share", null,
                p.getEvent().getChannel(), p.getEvent().getChannelType(), p.getEvent().getUser(), null,
                p.getEvent().getText(), p.getEvent().getTs(), p.getEvent().getThreadTs(), p.getEvent().getFiles()));
        app.event(MessageThreadBroadcastEvent.class, (p, ctx) -> handle(p, ctx, "message", "thread_broadcast", null,
                p.getEvent().getChannel(), p.getEvent().getChannelType(), p.getEvent().getUser(), null,
                p.getEvent().getText(), p.getEvent().getTs(), p.getEvent().getThreadTs(), null));
        app.event(MessageMeEvent.class, (p, ctx) -> handle(p, ctx, "message", "me_message", null,
                p.getEvent().getChannel(), p.getEvent().getChannelType(), p.getEvent().getUser(), p.getEvent().getBotId(),
                p.getEvent().getText(), p.getEvent().getTs(), null, null));
        for (Class<? extends Event> noReply : List.of(MessageBotEvent.class, MessageChangedEvent.class,
                MessageDeletedEvent.class, MessageChannelJoinEvent.class, MessageChannelLeaveEvent.class)) {
            ackOnly(app, noReply);
        }
    }

    private static <E extends Event> void ackOnly(App app, Class<E> type) {
        app.event(type, (payload, ctx) -> ctx.ack());
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private com.slack.api.bolt.response.Response handle(EventsApiPayload<?> payload, EventContext ctx, String type,
                                                        String subtype, String eventTeam, String channel,
                                                        String channelType, String user, String botId, String text,
                                                        String ts, String threadTs, List<File> files) {
        String team = payload.getTeamId() != null ? payload.getTeamId() : eventTeam;
        SlackMessage message = new SlackMessage(payload.getEventId(), type, subtype, team, channel, channelType, user,
                botId, text, ts, threadTs, botUserIds(payload), attachments(files), RawBody.get());
        handler.handle(message, ctx.getRetryNum());
        return ctx.ack();
    }

    private Set<String> botUserIds(EventsApiPayload<?> payload) {
        Set<String> ids = new HashSet<>();
        configuredBotUserId.ifPresent(ids::add);
        if (payload.getAuthorizations() != null) {
            for (Authorization a : payload.getAuthorizations()) {
                if (Boolean.TRUE.equals(a.getIsBot()) && a.getUserId() != null) {
                    ids.add(a.getUserId());
                }
            }
        }
        return ids;
    }

    private static List<Attachment> attachments(List<File> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .map(f -> new Attachment(f.getName(), f.getMimetype(), f.getSize() == null ? -1 : f.getSize()))
                .toList();
    }
}
