package org.switchboard.slack.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.switchboard.core.inbox.Acceptance;
import org.switchboard.core.inbox.InboxService;
import org.switchboard.core.privacy.Logs;

/**
 * Stores a normalized Slack message in the core inbox, or logs why it gets no reply. Runs on the request
 * thread before the ack; it commits one inbox row and returns.
 */
@ApplicationScoped
public class SlackInboundHandler {

    private static final Logger LOG = Logs.logger(SlackInboundHandler.class);

    @Inject
    InboxService inbox;

    @Inject
    Clock clock;

    /**
     * @param message  the event's fields
     * @param retryNum Slack's {@code X-Slack-Retry-Num}, or null on the first delivery
     * @return what happened, for the log and tests: {@code accepted}, {@code duplicate} or {@code ignored: ...}
     * @throws jakarta.persistence.PersistenceException when the inbox cannot store it (the ack becomes a 500 and
     *                                                  Slack retries)
     */
    public String handle(SlackMessage message, Integer retryNum) {
        Normalization normalization = SlackMessageNormalizer.normalize(message, clock.instant());
        if (normalization.inbound().isEmpty()) {
            LOG.fine(() -> "Slack event " + message.eventId() + " (" + message.eventType() + ") gets no reply: "
                    + normalization.ignoredBecause());
            return "ignored: " + normalization.ignoredBecause();
        }
        Acceptance acceptance = inbox.accept(normalization.message());
        if (acceptance == Acceptance.DUPLICATE) {
            LOG.info(() -> "Slack event " + message.eventId() + " delivered again (retry " + retryNum + "); already stored");
            return "duplicate";
        }
        return "accepted";
    }
}
