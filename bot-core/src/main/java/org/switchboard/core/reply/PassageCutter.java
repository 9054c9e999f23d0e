package org.switchboard.core.reply;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Cuts a passage to a length at a sentence boundary, found by {@link BreakIterator#getSentenceInstance(Locale)}
 * (Unicode UAX #29 sentence boundaries as the JDK implements them), so a quoted passage never ends mid-sentence.
 * Only when the first sentence alone is longer than the limit is it cut at a word boundary
 * ({@link BreakIterator#getWordInstance(Locale)}) and marked with " …".
 */
public final class PassageCutter {

    /** The shortest limit accepted, in characters. */
    public static final int MIN_CHARS = 20;

    private static final String ELLIPSIS = " …";

    private final int maxChars;
    private final Locale locale;

    /**
     * @param maxChars the longest result, in characters (UTF-16 units), at least {@value #MIN_CHARS}
     * @param locale   the language of the passages (sentence rules), e.g. {@link Locale#ENGLISH}
     * @throws IllegalArgumentException if maxChars is below {@value #MIN_CHARS}
     */
    public PassageCutter(int maxChars, Locale locale) {
        if (maxChars < MIN_CHARS) {
            throw new IllegalArgumentException("maxChars must be at least " + MIN_CHARS + ": " + maxChars);
        }
        this.maxChars = maxChars;
        this.locale = locale;
    }

    /**
     * @param passage plain text, not null
     * @return the passage, stripped, when it fits; else its longest prefix of whole sentences that fits; else its
     *         first sentence cut at a word boundary with " …" appended, all within the limit
     */
    public String cut(String passage) {
        String text = passage.strip();
        if (text.length() <= maxChars) {
            return text;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(text);
        int end = sentences.preceding(maxChars + 1);
        if (end != BreakIterator.DONE && end > 0) {
            String whole = text.substring(0, end).strip();
            if (!whole.isEmpty()) {
                return whole;
            }
        }
        int room = maxChars - ELLIPSIS.length();
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int wordEnd = words.preceding(room + 1);
        String head = text.substring(0, wordEnd == BreakIterator.DONE || wordEnd <= 0 ? room : wordEnd).strip();
        return head + ELLIPSIS;
    }
}
