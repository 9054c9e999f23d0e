package org.switchboard.server.admin;

/** One-line previews of message texts for the console's lists. */
public final class MessagePreview {

    /** Longest preview, in characters, before the ellipsis. */
    public static final int MAX_CHARS = 140;

    private MessagePreview() {
    }

    /**
     * @param text a message text, may be null
     * @return the text on one line (runs of whitespace and control characters become one space), cut to
     *         {@value #MAX_CHARS} characters with {@code …} appended when longer; null for null or blank text
     */
    public static String of(String text) {
        return oneLine(text, MAX_CHARS);
    }

    static String oneLine(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("[\\s\\p{Cc}]+", " ").strip();
        if (flat.isEmpty()) {
            return null;
        }
        if (flat.length() <= max) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
        return flat.substring(0, end).stripTrailing() + "…";
    }
}
