package org.switchboard.core.privacy;

import java.util.logging.Logger;

/** Where Switchboard's classes get their loggers: {@code private static final Logger LOG = Logs.logger(Foo.class);}. */
public final class Logs {

    private Logs() {
    }

    /**
     * @param owner the class that logs
     * @return the {@link Logger} named after it, with personal data masked in every record ({@link MaskingLogFilter})
     */
    public static Logger logger(Class<?> owner) {
        Logger logger = Logger.getLogger(owner.getName());
        logger.setFilter(MaskingLogFilter.INSTANCE);
        return logger;
    }

    /**
     * Makes text that came from outside safe to put in a log line: CR, LF, TAB and every other control or
     * format character (Unicode categories Cc, Cf, Zl, Zp) become a visible escape ({@code \r}, {@code \n},
     * {@code \t}, {@code \u2028}), so a value can neither start a forged log line nor hide text, and anything
     * beyond {@code maxChars} is cut and marked. Personal data is still masked by the logger's filter.
     *
     * @param text     any text; null becomes {@code "null"}
     * @param maxChars the most characters kept from the text, positive
     * @return the neutralised text
     */
    public static String neutralise(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 16);
        int end = Math.min(text.length(), maxChars);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > maxChars) {
            out.append("...[").append(text.length() - maxChars).append(" more]");
        }
        return out.toString();
    }
}
