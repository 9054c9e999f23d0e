package org.switchboard.email.inbound;

import java.util.Optional;
import org.switchboard.core.channel.InboundMessage;

/**
 * One fetched message, ready for the inbox.
 *
 * @param message the normalized message (its {@code noReplyReason} says whether it is answered)
 * @param flag    the human flag to record once the message is stored for the first time, if any
 */
public record ProcessedMail(InboundMessage message, Optional<Flag> flag) {

    /**
     * A flag for a human.
     *
     * @param action  dotted verb: {@code email.rate-limited}, {@code email.malformed}, {@code email.no-sender}
     * @param details why, without message content
     */
    public record Flag(String action, String details) {
    }
}
