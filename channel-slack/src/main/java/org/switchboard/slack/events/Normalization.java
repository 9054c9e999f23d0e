package org.switchboard.slack.events;

import java.util.Objects;
import java.util.Optional;
import org.switchboard.core.channel.InboundMessage;

/**
 * The outcome of normalizing one Slack event: a message for the inbox, or the reason it gets no reply.
 *
 * @param message        the normalized message, or null when ignored
 * @param ignoredBecause why the event is ignored, or null when there is a message
 */
public record Normalization(InboundMessage message, String ignoredBecause) {

    /** @throws IllegalArgumentException unless exactly one component is set */
    public Normalization {
        if ((message == null) == (ignoredBecause == null)) {
            throw new IllegalArgumentException("exactly one of message and ignoredBecause must be set");
        }
    }

    static Normalization of(InboundMessage message) {
        return new Normalization(Objects.requireNonNull(message), null);
    }

    static Normalization ignored(String reason) {
        return new Normalization(null, Objects.requireNonNull(reason));
    }

    /** @return the message, when the event is to be answered */
    public Optional<InboundMessage> inbound() {
        return Optional.ofNullable(message);
    }
}
