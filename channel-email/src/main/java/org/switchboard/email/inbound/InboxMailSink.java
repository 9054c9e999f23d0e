package org.switchboard.email.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.inbox.Acceptance;
import org.switchboard.core.inbox.InboxService;

/** The production {@link PolledMailSink}: the core inbox, which commits the message and wakes the worker. */
@ApplicationScoped
public class InboxMailSink implements PolledMailSink {

    @Inject
    InboxService inbox;

    @Override
    public Acceptance store(InboundMessage message) {
        return inbox.accept(message);
    }
}
