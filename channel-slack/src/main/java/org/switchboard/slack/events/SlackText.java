package org.switchboard.slack.events;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack mrkdwn into plain text for the agent (Slack "Formatting text for app surfaces"): mentions of the
 * bot are removed (with the spaces around them joined, so {@code "hi <@BOT>, help"} reads {@code "hi, help"}), other user mentions become {@code @U123}, channel links {@code #name}, links
 * {@code label (url)}, and the three escaped entities {@code &amp; &lt; &gt;} are decoded.
 */
public final class SlackText {

    private static final Pattern ANGLE = Pattern.compile("<([^<>]*)>");

    /** Stands for a removed bot mention until the spaces around it are joined; never kept in the result. */
    private static final String REMOVED_MARK = "\u0000";
    /** A removed mention right before punctuation ({@code "hi @bot, ..."}): goes with the spaces before it. */
    private static final Pattern REMOVED_BEFORE_PUNCTUATION = Pattern.compile("[ \t]*\u0000[ \t]*(?=[,.;:!?])");
    /** A removed mention elsewhere: it and the spaces around it become one space (stripped at the ends). */
    private static final Pattern REMOVED = Pattern.compile("[ \t]*\u0000[ \t]*");

    private SlackText() {
    }

    /**
     * @param mrkdwn     text as Slack sends it; null gives ""
     * @param botUserIds the bot's user ids, whose mentions are dropped
     * @return plain text, trimmed
     */
    public static String toPlain(String mrkdwn, Set<String> botUserIds) {
        if (mrkdwn == null) {
            return "";
        }
        Matcher m = ANGLE.matcher(mrkdwn.replace(REMOVED_MARK, ""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replace(m.group(1), botUserIds)));
        }
        m.appendTail(out);
        String plain = REMOVED_BEFORE_PUNCTUATION.matcher(out).replaceAll("");
        plain = REMOVED.matcher(plain).replaceAll(" ");
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** Special commands: {@code !here}, {@code !channel}, {@code !everyone}, {@code !subteam^ID|@name}, {@code !date^...|fallback}. */
    private static String special(String command, String label) {
        if (label != null) {
            return command.startsWith("date^") || label.startsWith("@") ? label : "@" + label;
        }
        int caret = command.indexOf('^');
        return "@" + (caret < 0 ? command : command.substring(0, caret));
    }

    private static String replace(String inner, Set<String> botUserIds) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            String id = target.substring(1);
            if (botUserIds.contains(id)) {
                return REMOVED_MARK;
            }
            return "@" + (label != null ? label : id);
        }
        if (target.startsWith("#")) {
            return "#" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            return special(target.substring(1), label);
        }
        return label != null ? label + " (" + target + ")" : target;
    }

    /**
     * Escapes the three characters Slack mrkdwn reserves ("Formatting text for app surfaces": {@code &}, {@code <},
     * {@code >}), so text from users or the database cannot mention, link or notify.
     *
     * @param text any text, not null
     * @return the text safe to put in a mrkdwn message
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
