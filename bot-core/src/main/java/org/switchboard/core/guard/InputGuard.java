package org.switchboard.core.guard;

import java.util.regex.Pattern;

/**
 * Checks and cleans a customer's text before an agent sees it.
 *
 * <p>Rules: the length limit is checked on the raw text (a 50 KB paste is refused, not cut, so the customer
 * knows); C0/C1 control characters other than newline and tab, and the Unicode replacement character left by
 * invalid UTF-8, are removed; whitespace runs collapse to one space (newlines kept, at most two in a row). A text
 * with no letter or digit is {@code GARBAGE}; one that tries to override the bot's instructions
 * ({@link PromptInjectionDetector}) is {@code INJECTION}. Neither reaches an agent.
 */
public final class InputGuard {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\uFFFD");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern NEWLINES = Pattern.compile("\\s*\\n\\s*\\n[\\s\\n]*");

    private static final PromptInjectionDetector INJECTION = new PromptInjectionDetector();

    private final int maxChars;

    /**
     * @param maxChars the longest text accepted, in characters; positive
     * @throws IllegalArgumentException if maxChars is not positive
     */
    public InputGuard(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.maxChars = maxChars;
    }

    /** @return the configured limit in characters */
    public int maxChars() {
        return maxChars;
    }

    /**
     * @param text the customer's text, may be null
     * @return the verdict
     */
    public GuardVerdict check(String text) {
        String raw = text == null ? "" : text;
        if (raw.length() > maxChars) {
            return new GuardVerdict(GuardVerdict.Outcome.TOO_LONG, "", raw.length());
        }
        String cleaned = CONTROL.matcher(raw).replaceAll("");
        cleaned = SPACES.matcher(cleaned).replaceAll(" ");
        cleaned = NEWLINES.matcher(cleaned).replaceAll("\n\n").strip();
        if (cleaned.isEmpty()) {
            return new GuardVerdict(GuardVerdict.Outcome.EMPTY, "", raw.length());
        }
        if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new GuardVerdict(GuardVerdict.Outcome.GARBAGE, "", raw.length());
        }
        if (INJECTION.detect(cleaned).isPresent()) {
            return new GuardVerdict(GuardVerdict.Outcome.INJECTION, "", raw.length());
        }
        return new GuardVerdict(GuardVerdict.Outcome.ACCEPTED, cleaned, raw.length());
    }
}
