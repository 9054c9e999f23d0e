package org.switchboard.email.matrix;

/**
 * One message of the suppression matrix.
 *
 * @param path     the file, relative to the index
 * @param category the index category ({@code general}, {@code support}, {@code auto-reply}, {@code bounce})
 * @param expected what the rule expects
 * @param actual   what the loop guard decided
 * @param reason   the guard's reason when suppressed, or why it was expected to be suppressed; "-" otherwise
 */
public record MatrixRow(String path, String category, Decision expected, Decision actual, String reason) {

    /** Answer or not. */
    public enum Decision {
        /** The bot replies automatically. */
        ANSWERED,
        /** Stored, no automatic reply. */
        SUPPRESSED
    }

    /** @return whether the decision matches the expectation */
    public boolean correct() {
        return expected == actual;
    }

    /** @return the line the command prints: decision, ok or WRONG, category, path, reason (tab-separated) */
    public String line() {
        return actual + "\t" + (correct() ? "ok" : "WRONG(expected " + expected + ")") + "\t" + category + "\t" + path
                + "\t" + reason;
    }
}
