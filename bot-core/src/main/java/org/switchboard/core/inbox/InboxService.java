package org.switchboard.core.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.privacy.Logs;

/**
 * Entry point for channel adapters: store a verified message durably, then wake the conversation worker.
 * Call it on the request thread before acknowledging the channel; it commits before it returns.
 */
@ApplicationScoped
public class InboxService {

    private static final Logger LOG = Logs.logger(InboxService.class);

    @Inject
    InboxWriter writer;

    @Inject
    Event<InboxArrival> arrivals;

    /**
     * Stores a message (deduped on channel + message id) and signals the worker.
     *
     * @param message the normalized message
     * @return whether it was new or a duplicate delivery
     * @throws jakarta.persistence.PersistenceException when the database cannot store it; the adapter must then
     *                                                  answer with a 5xx so the channel retries
     */
    public Acceptance accept(InboundMessage message) {
        Acceptance acceptance = writer.insert(message);
        if (acceptance == Acceptance.ACCEPTED) {
            arrivals.fire(new InboxArrival(message.channel(), message.conversation().key()));
        } else {
            LOG.fine(() -> "Duplicate delivery of " + message.channel() + " message " + message.id().value() + " ignored");
        }
        return acceptance;
    }
}
