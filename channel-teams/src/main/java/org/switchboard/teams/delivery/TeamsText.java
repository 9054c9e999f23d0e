package org.switchboard.teams.delivery;

import java.util.regex.Pattern;

/**
 * Makes plain reply text safe for a Teams message whose {@code textFormat} is Markdown without writing HTML entities.
 * Teams renders a subset of HTML tags in such text ("Format your bot messages"), but does not reliably decode
 * entities: text escaped as {@code &gt;} showed as {@code Cards &gt; Virtual}. So only what could start markup is
 * neutralised, by a zero-width space (U+200B) that no reader sees:
 * <ul>
 *   <li>{@code <} followed by a letter, {@code /}, {@code !} or {@code ?} (the start of an HTML tag, end tag, comment
 *       or processing instruction, WHATWG HTML "tag open state"): {@code <img ...>} shows as typed and is never a
 *       tag;</li>
 *   <li>{@code &} that begins a character reference ({@code &name;}, {@code &#123;}, {@code &#x7B;}): it shows as
 *       typed and is never decoded.</li>
 * </ul>
 * Every other character, {@code >}, a lone {@code &} and {@code <} before a space or digit included, is sent as it
 * is, and Markdown emphasis is left alone.
 */
final class TeamsText {

    static final String ZERO_WIDTH_SPACE = "\u200B";

    private static final Pattern TAG_OPEN = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern REFERENCE = Pattern.compile("&(?=(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)");

    private TeamsText() {
    }

    /**
     * @param text plain text, not null
     * @return the text with a zero-width space after each {@code <} that would open a tag and each {@code &} that
     *         would begin a character reference; no entities
     */
    static String neutralizeMarkup(String text) {
        String noTags = TAG_OPEN.matcher(text).replaceAll("<" + ZERO_WIDTH_SPACE);
        return REFERENCE.matcher(noTags).replaceAll("&" + ZERO_WIDTH_SPACE);
    }
}
