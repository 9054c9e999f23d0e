package org.switchboard.core.guard;

/**
 * What the {@link InputGuard} decided about a text.
 *
 * @param outcome     the decision
 * @param cleanedText the text with control characters removed and whitespace collapsed (empty unless
 *                    {@link Outcome#ACCEPTED})
 * @param length      the original length in characters (UTF-16 code units)
 */
public record GuardVerdict(Outcome outcome, String cleanedText, int length) {

    /** The guard's decisions. */
    public enum Outcome {
        /** Go on to the agent with {@link #cleanedText()}. */
        ACCEPTED,
        /** Nothing to answer: no text (or only whitespace/control characters). */
        EMPTY,
        /** Longer than the configured limit. */
        TOO_LONG,
        /** No letter or digit at all (only punctuation, symbols or emoji): nothing an agent could act on. */
        GARBAGE,
        /** An attempt to override the bot's instructions (prompt injection, jailbreak); declined politely. */
        INJECTION
    }
}
