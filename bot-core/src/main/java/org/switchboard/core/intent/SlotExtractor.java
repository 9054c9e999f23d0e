package org.switchboard.core.intent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the structured values tools need out of a customer's message: order ids, e-mail addresses and money amounts.
 * Rule-based (regular expressions), deterministic and fast; stateless and thread-safe.
 *
 * <ul>
 *   <li>Order id: {@code #W} followed by 7 digits, as in tau-bench retail ({@code #W2611340}); the {@code #} may be
 *       missing and the letter lower-case ({@code w2611340} gives {@code #W2611340}).</li>
 *   <li>E-mail address: a pragmatic subset of RFC 5322 addr-spec: dot-atom local part of letters, digits and
 *       {@code !#$%&'*+/=?^_`{|}~-}, {@code @}, and a domain of at least two dot-separated labels; trailing
 *       punctuation is not part of it. Returned lower-cased in the domain only.</li>
 *   <li>Amount: a number with a currency symbol before it ({@code $12.50}, {@code €1,200}, {@code £5}) or an ISO code
 *       or currency word after it ({@code 12.50 USD}, {@code 30 dollars}, {@code 9 euros}); thousands separators
 *       {@code ,} and up to two decimals. A bare number is not an amount.</li>
 * </ul>
 * Each kind is returned in order of first appearance without duplicates.
 */
public final class SlotExtractor {

    /**
     * A money amount.
     *
     * @param value    the amount, non-negative, scale as written (at most 2 decimals)
     * @param currency ISO 4217 code: USD, EUR, GBP, JPY, or the code written after the number
     */
    public record Amount(BigDecimal value, String currency) {
        /**
         * Checks the components.
         *
         * @param value see the record description
         * @param currency see the record description
         * @throws NullPointerException if a component is null
         */
        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * What a message holds.
     *
     * @param orderIds order ids in canonical form {@code #W1234567}
     * @param emails   e-mail addresses (domain lower-cased)
     * @param amounts  money amounts
     */
    public record Slots(List<String> orderIds, List<String> emails, List<Amount> amounts) {
        /**
         * Copies the lists.
         *
         * @param orderIds see the record description
         * @param emails see the record description
         * @param amounts see the record description
         */
        public Slots {
            orderIds = List.copyOf(orderIds);
            emails = List.copyOf(emails);
            amounts = List.copyOf(amounts);
        }
    }

    private static final Pattern ORDER_ID = Pattern.compile("(?<![\\p{L}\\p{N}])#?[Ww](\\d{7})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                    + "@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63})(?![A-Za-z0-9-])");
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?![\\d.,]\\d)";
    private static final Pattern SYMBOL_FIRST = Pattern.compile("([$€£¥])\\s?" + NUMBER);
    private static final Pattern CODE_AFTER = Pattern.compile("(?<![\\d.,$€£¥])" + NUMBER
            + "\\s?(usd|eur|gbp|jpy|chf|cad|aud|dollars?|euros?|pounds?|bucks)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    private static final Map<String, String> WORDS = Map.of("dollar", "USD", "dollars", "USD", "bucks", "USD",
            "euro", "EUR", "euros", "EUR", "pound", "GBP", "pounds", "GBP");

    /**
     * Extracts the slots of a message.
     *
     * @param text the message; null is treated as empty
     * @return the slots found, each list possibly empty
     */
    public Slots extract(String text) {
        if (text == null || text.isEmpty()) {
            return new Slots(List.of(), List.of(), List.of());
        }
        Set<String> orders = new LinkedHashSet<>();
        Matcher order = ORDER_ID.matcher(text);
        while (order.find()) {
            orders.add("#W" + order.group(1));
        }
        Set<String> emails = new LinkedHashSet<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            emails.add(email.group(1) + "@" + email.group(2).toLowerCase(Locale.ROOT));
        }
        List<Located> found = new ArrayList<>();
        Matcher symbol = SYMBOL_FIRST.matcher(text);
        while (symbol.find()) {
            found.add(new Located(symbol.start(),
                    new Amount(number(symbol.group(2), symbol.group(3)), SYMBOLS.get(symbol.group(1)))));
        }
        Matcher code = CODE_AFTER.matcher(text);
        while (code.find()) {
            String unit = code.group(3).toLowerCase(Locale.ROOT);
            found.add(new Located(code.start(), new Amount(number(code.group(1), code.group(2)),
                    WORDS.getOrDefault(unit, unit.toUpperCase(Locale.ROOT)))));
        }
        found.sort(Comparator.comparingInt(Located::start));
        Set<Amount> amounts = new LinkedHashSet<>();
        for (Located located : found) {
            amounts.add(located.amount());
        }
        return new Slots(List.copyOf(orders), List.copyOf(emails), List.copyOf(amounts));
    }

    /** An amount and where it starts in the text, to report amounts of both patterns in order of appearance. */
    private record Located(int start, Amount amount) {
    }

    private static BigDecimal number(String whole, String decimals) {
        String digits = whole.replace(",", "");
        return new BigDecimal(decimals == null ? digits : digits + "." + decimals);
    }
}
