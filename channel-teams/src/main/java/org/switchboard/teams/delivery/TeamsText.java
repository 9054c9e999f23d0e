package org.switchboard.teams.delivery;

/**
 * Makes plain reply text safe for a Teams message whose {@code textFormat} is Markdown: Teams also renders a subset of
 * HTML (XML) tags in such text ("Format your bot messages"), so the three characters that start markup or an entity
 * ({@code &}, {@code <}, {@code >}) are written as entities. Text that came from a customer or a model, such as
 * {@code <img src=x onerror=alert(1)>} or {@code <a href="https://evil.example">Log in</a>}, then shows as typed and
 * is never a tag. Markdown emphasis is left alone.
 */
final class TeamsText {

    private TeamsText() {
    }

    /**
     * @param text plain text, not null
     * @return the text with {@code &}, {@code <} and {@code >} as {@code &amp;}, {@code &lt;} and {@code &gt;}
     */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
