package org.switchboard.email.loop;

import java.util.Optional;

/**
 * What the {@link ReplyRateLimiter} decided.
 *
 * @param allowed whether an automatic reply may be sent
 * @param reason  why not (for the transcript, the audit and the human who takes over); empty when allowed
 */
public record RateDecision(boolean allowed, Optional<String> reason) {

    /** An allowed reply. */
    public static final RateDecision ALLOWED = new RateDecision(true, Optional.empty());

    /**
     * @param reason why no reply may be sent
     * @return a refusal
     */
    public static RateDecision refused(String reason) {
        return new RateDecision(false, Optional.of(reason));
    }
}
