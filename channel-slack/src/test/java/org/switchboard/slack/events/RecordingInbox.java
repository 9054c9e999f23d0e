package org.switchboard.slack.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.inbox.Acceptance;
import org.switchboard.core.inbox.InboxService;

/** An inbox that keeps what it is given in memory and dedupes on the message id, like the real one's unique key. */
final class RecordingInbox extends InboxService {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    final List<InboundMessage> stored = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    RuntimeException failure;

    @Override
    public Acceptance accept(InboundMessage message) {
        if (failure != null) {
            throw failure;
        }
        if (!seen.add(message.channel() + "/" + message.id().value())) {
            return Acceptance.DUPLICATE;
        }
        stored.add(message);
        return Acceptance.ACCEPTED;
    }

    /** @return a real {@link SlackInboundHandler} writing into this inbox, with its clock fixed at {@link #NOW} */
    SlackInboundHandler handler() {
        SlackInboundHandler handler = new SlackInboundHandler();
        handler.inbox = this;
        handler.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return handler;
    }
}
