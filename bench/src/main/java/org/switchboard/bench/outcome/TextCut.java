package org.switchboard.bench.outcome;

/** Shortening of texts for the replays' reports. */
public final class TextCut {

    /** How many characters a report shows of a text without {@code --full}. */
    public static final int DEFAULT_LIMIT = 200;

    private TextCut() {
    }

    /**
     * @param text  a text, may be null (shown as empty)
     * @param limit the most characters kept, or a negative number to keep all
     * @return the text on one line (runs of whitespace become one space), cut at {@code limit} characters (never
     *         inside a surrogate pair) with {@code ...} appended when cut
     */
    public static String cut(String text, int limit) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (limit < 0 || flat.length() <= limit) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(limit - 1)) ? limit - 1 : limit;
        return flat.substring(0, end) + "...";
    }
}
