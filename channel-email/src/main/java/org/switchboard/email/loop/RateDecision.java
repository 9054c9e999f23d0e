package org.switchboard.email.loop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link ReplyRateLimiter} decided for one inbound message.
 *
 * <p>Three outcomes: <em>allowed</em> (reply now), <em>deferred</em> (reply, but not before
 * {@link #notBefore()}: the sender got an automatic reply in another conversation within the period) and
 * <em>refused</em> (no automatic reply; the message is stored and flagged for a human).
 *
 * @param allowed   whether an automatic reply may be sent (now, or at {@code notBefore} when deferred)
 * @param reason    why not now or not at all (for the transcript, the audit and the human who takes over); empty
 *                  when allowed at once
 * @param notBefore the earliest instant (UTC) the reply may leave, when deferred; empty otherwise
 */
public record RateDecision(boolean allowed, Optional<String> reason, Optional<Instant> notBefore) {

    /** An allowed reply, sent at once. */
    public static final RateDecision ALLOWED = new RateDecision(true, Optional.empty(), Optional.empty());

    /**
     * @throws NullPointerException     if reason or notBefore is null
     * @throws IllegalArgumentException if a refusal carries {@code notBefore}
     */
    public RateDecision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(notBefore, "notBefore");
        if (!allowed && notBefore.isPresent()) {
            throw new IllegalArgumentException("a refused reply has no send time");
        }
    }

    /**
     * @param reason why no reply may be sent
     * @return a refusal
     */
    public static RateDecision refused(String reason) {
        return new RateDecision(false, Optional.of(reason), Optional.empty());
    }

    /**
     * @param notBefore when the reply may leave
     * @param reason    why it waits
     * @return a deferral
     */
    public static RateDecision deferred(Instant notBefore, String reason) {
        return new RateDecision(true, Optional.of(reason), Optional.of(notBefore));
    }

    /** @return whether the reply is allowed but must wait until {@link #notBefore()} */
    public boolean deferred() {
        return notBefore.isPresent();
    }
}
