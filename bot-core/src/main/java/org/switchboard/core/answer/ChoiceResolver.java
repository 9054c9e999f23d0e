package org.switchboard.core.answer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.agent.KnowledgeCitation;

/**
 * Which pending option of a clarifying question a customer's message picks: its number ({@code 2}, {@code #2},
 * {@code 2.}, {@code option 2}, {@code number 2}, {@code the 2nd}, {@code second}), or its label (the article's title,
 * or title and section, as offered) typed or clicked, compared without case, accents, punctuation or extra spaces.
 * Anything else picks nothing: the message is a new question.
 */
public final class ChoiceResolver {

    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?:option|number|no|article|the)\\s*)?#?\\s*([1-9])(?:st|nd|rd|th)?(?:\\s*(?:one|please|pls))?");
    private static final List<String> ORDINALS = List.of("first", "second", "third");

    private ChoiceResolver() {
    }

    /**
     * @param text    the customer's message (cleaned by the input guard)
     * @param pending the options offered, option 1 first; may be empty
     * @return the option picked, or empty when the message picks none (or nothing is pending)
     */
    public static Optional<KnowledgeCitation> resolve(String text, List<KnowledgeCitation> pending) {
        if (pending.isEmpty() || text == null) {
            return Optional.empty();
        }
        String said = normalize(text);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(said);
        if (number.matches()) {
            int n = Integer.parseInt(number.group(1));
            return n <= pending.size() ? Optional.of(pending.get(n - 1)) : Optional.empty();
        }
        String ordinal = said.replaceFirst("^the\\s+", "").replaceFirst("\\s+(one|please|pls)$", "");
        int index = ORDINALS.indexOf(ordinal);
        if (index >= 0) {
            return index < pending.size() ? Optional.of(pending.get(index)) : Optional.empty();
        }
        for (KnowledgeCitation option : pending) {
            if (said.equals(normalize(KnowledgeReplies.label(option, pending))) || said.equals(normalize(option.title()))) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents and punctuation removed, runs of spaces as one. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}#]+", " ").strip();
    }
}
