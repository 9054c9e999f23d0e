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
     * An audit entry recorded with the message: a flag for a human, or (for {@code email.rate-deferred}) the
     * record of a rate-limit decision that delays the reply.
     *
     * @param action  dotted verb: {@code email.rate-limited}, {@code email.rate-deferred}, {@code email.malformed},
     *                {@code email.no-sender}, {@code email.oversized}
     * @param details why, without message content
     */
    public record Flag(String action, String details) {
    }
}
