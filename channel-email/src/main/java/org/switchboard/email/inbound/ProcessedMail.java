package org.switchboard.email.inbound;

import java.util.List;
import java.util.Optional;
import org.switchboard.core.channel.InboundMessage;

/**
 * One fetched message, ready for the inbox.
 *
 * @param message the normalized message (its {@code noReplyReason} says whether it is answered)
 * @param flags   the audit entries to record once the message is stored for the first time, in order; may be empty
 */
public record ProcessedMail(InboundMessage message, List<Flag> flags) {

    /** Copies the list. */
    public ProcessedMail {
        flags = List.copyOf(flags);
    }

    /**
     * @param message the normalized message
     * @param flag    one audit entry, if any
     */
    public ProcessedMail(InboundMessage message, Optional<Flag> flag) {
        this(message, flag.map(List::of).orElse(List.of()));
    }

    /**
     * @param more an audit entry to add
     * @return a copy with it added last
     */
    public ProcessedMail with(Flag more) {
        List<Flag> all = new java.util.ArrayList<>(flags);
        all.add(more);
        return new ProcessedMail(message, all);
    }

    /**
     * An audit entry recorded with the message: a flag for a human, or (for {@code email.rate-deferred}) the
     * record of a rate-limit decision that delays the reply.
     *
     * @param action  dotted verb: {@code email.rate-limited}, {@code email.rate-deferred}, {@code email.malformed},
     *                {@code email.no-sender}, {@code email.oversized}, {@code email.sender-unverified},
     *                {@code email.reply-to-ignored}, {@code email.thread-join-refused}
     * @param details why, without message content
     */
    public record Flag(String action, String details) {
    }
}
