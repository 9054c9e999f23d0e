package org.switchboard.email.inbound;

import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.inbox.Acceptance;

/**
 * Port: where the poller hands each fetched message, before it marks it \Seen. In production the core inbox
 * ({@link InboxMailSink}, deduplicating on channel + Message-ID); in tests a recording sink.
 */
public interface PolledMailSink {

    /**
     * Stores a message durably (committed when this returns).
     *
     * @param message the normalized message
     * @return whether it was new or stored before
     * @throws RuntimeException when it cannot be stored; the poller then leaves the message unseen and retries
     */
    Acceptance store(InboundMessage message);
}
