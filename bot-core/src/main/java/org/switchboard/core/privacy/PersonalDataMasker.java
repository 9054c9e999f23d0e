package org.switchboard.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it is logged.
 *
 * <ul>
 *   <li>E-mail addresses keep their first character and their domain: {@code jane.doe@example.com} becomes
 *       {@code j***@example.com} (enough to tell two customers apart in a log, not to write to them).</li>
 *   <li>Payment card numbers (13 to 19 digits, optionally grouped by spaces or dashes) keep their last four
 *       digits, PCI DSS requirement 3.4 style: {@code •••• 4242}.</li>
 *   <li>Phone numbers in international form ({@code +} and 8 to 15 digits, optionally grouped) or North American
 *       form ({@code (555) 123-4567}, {@code 555-123-4567}) keep their last two digits: {@code •••••67}.</li>
 * </ul>
 * Ids the product logs (order numbers such as {@code #W2611340}, ticket numbers, Slack timestamps, database ids)
 * are left alone. Stateless and thread-safe.
 */
public final class PersonalDataMasker {

    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.])(?:\\d[ -]?){12,18}\\d(?![\\d.])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])\\+\\d(?:[ ().-]?\\d){7,14}(?!\\d)|(?<![\\d-])(?:\\(\\d{3}\\) ?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)");

    private PersonalDataMasker() {
    }

    /**
     * @param text any text; null is returned as is
     * @return the text with e-mail addresses, card numbers and phone numbers masked
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll("$1***@$2");
        masked = replace(CARD.matcher(masked), 4, "•••• ");
        return replace(PHONE.matcher(masked), 2, "•••••");
    }

    /**
     * @param text any text; null is false
     * @return whether {@link #mask} would change it
     */
    public static boolean containsPersonalData(String text) {
        return text != null && !text.equals(mask(text));
    }

    private static String replace(Matcher matcher, int keep, String prefix) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("\\D", "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(prefix + digits.substring(digits.length() - keep)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
