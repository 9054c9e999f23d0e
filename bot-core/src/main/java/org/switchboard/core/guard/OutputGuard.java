package org.switchboard.core.guard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a reply before it leaves for the customer and before it is stored in the transcript:
 * <ul>
 *   <li>payment card numbers (13 to 19 digits, spaces or dashes allowed, valid Luhn check digit, as in ISO/IEC
 *       7812) are masked to their last four digits ({@code •••• 4242}), PCI DSS requirement 3.4 style;</li>
 *   <li>internal references of the pipeline ({@code inbox:17}, {@code conversation:42}, {@code customer:7},
 *       {@code approval:3}) and database keys ({@code customer_id=7}) are removed: customers never see our ids.</li>
 * </ul>
 * Text without such content is returned unchanged (the same instance).
 */
public final class OutputGuard {

    private static final Pattern CARD = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b(?:inbox|conversation|customer|approval|outbox):\\d+\\b|\\b(?:customer|conversation|inbox)_id\\s*=\\s*\\d+\\b");

    /**
     * @param reply the reply text; not null
     * @return the reply with card numbers masked and internal references removed
     */
    public String check(String reply) {
        String masked = maskCards(reply);
        Matcher internal = INTERNAL.matcher(masked);
        return internal.find() ? internal.replaceAll("[internal reference removed]") : masked;
    }

    private static String maskCards(String text) {
        Matcher m = CARD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() < 13 || !luhn(digits)) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, last, m.start()).append("•••• ").append(digits.substring(digits.length() - 4));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
