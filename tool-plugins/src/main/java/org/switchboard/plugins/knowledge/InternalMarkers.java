package org.switchboard.plugins.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the Rho-Bank sample (and knowledge bases written like it) marks text that is for agents only and must never
 * reach a customer.
 *
 * <ul>
 *   <li>Whole articles, by title: 47 titles start with {@code "Internal:"}, 11 contain {@code "(Internal)"}
 *       (e.g. {@code "Account Recovery Bypass Code (Internal)"}).</li>
 *   <li>Sections of otherwise customer-facing articles, by heading: e.g. {@code "### CODES NOT TO DISCLOSE
 *       (INTERNAL USE ONLY)"} in "Understanding Regulation E". A heading is internal if it contains the word
 *       "internal" or "confidential", "agent(s) only", or "not (to) disclose" / "don't disclose", in any letter
 *       case ("International" does not count).</li>
 * </ul>
 */
final class InternalMarkers {

    private static final Pattern INTERNAL_TITLE = Pattern.compile("^\\s*internal\\s*:|\\(\\s*internal\\s*\\)");
    private static final Pattern INTERNAL_HEADING = Pattern.compile(
            "\\b(internal|confidential)\\b|\\bagents?[\\s-]+only\\b|\\b(not|n't)\\s+(to\\s+)?disclose\\b");

    private InternalMarkers() {
    }

    /**
     * @param title an article title, may be null
     * @return whether it marks the whole article as internal
     */
    static boolean isInternalTitle(String title) {
        return title != null && INTERNAL_TITLE.matcher(title.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * @param heading a section heading's text, may be null
     * @return whether it marks the section (and its sub-sections) as internal
     */
    static boolean isInternalHeading(String heading) {
        return heading != null && INTERNAL_HEADING.matcher(heading.toLowerCase(Locale.ROOT)).find();
    }
}
