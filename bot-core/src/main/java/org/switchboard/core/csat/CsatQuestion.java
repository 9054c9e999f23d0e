package org.switchboard.core.csat;

import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a CSAT request and how a typed answer is read. Plain text; each channel escapes it its own way.
 */
public final class CsatQuestion {

    /** The question shown above the buttons (Slack, Teams) and first in the email. */
    public static final String PROMPT = "Thanks for contacting us! How would you rate the help you got, from 1 (poor)"
            + " to 5 (excellent)?";

    /** What each score's button says. */
    private static final String[] LABELS = {"1 - Poor", "2 - Fair", "3 - Good", "4 - Very good", "5 - Excellent"};

    /** A reply that is a rating: a digit 1-5 alone on the first line (optionally "4/5", "4 stars"), then a comment. */
    private static final Pattern REPLY = Pattern.compile(
            "^\\s*([1-5])\\s*(?:/\\s*5|stars?|of 5)?\\s*[.!]?\\s*(?:\\R([\\s\\S]*))?$", Pattern.CASE_INSENSITIVE);

    private CsatQuestion() {
    }

    /**
     * @param score 1 to 5
     * @return the label of that score's button, e.g. {@code 5 - Excellent}
     */
    public static String label(int score) {
        return LABELS[score - 1];
    }

    /**
     * @param pageUrl the public address of the rating page without the token ({@code https://support.example/api/csat}),
     *                or empty when the server's public address is not configured (then only a typed digit rates)
     * @param token   the request's token
     * @return the request as plain text: the question, how to answer by replying, and one link per score
     */
    public static String plainText(Optional<String> pageUrl, String token) {
        StringJoiner out = new StringJoiner("\n");
        out.add(PROMPT);
        out.add("Reply with a single number from 1 to 5 (you may add a comment on the next lines).");
        pageUrl.ifPresent(base -> {
            out.add("");
            out.add("Or pick one:");
            for (int score = 1; score <= 5; score++) {
                out.add(label(score) + ": " + link(base, token, score));
            }
        });
        return out.toString();
    }

    /**
     * @param pageUrl the rating page's address without the token
     * @param token   the request's token
     * @param score   1 to 5
     * @return the link that opens the page for that score
     */
    public static String link(String pageUrl, String token, int score) {
        String base = pageUrl.endsWith("/") ? pageUrl.substring(0, pageUrl.length() - 1) : pageUrl;
        return base + "/" + token + "?score=" + score;
    }

    /**
     * @param text a customer's message
     * @return the rating it gives (and the comment after it), or empty when it is not a rating
     */
    public static Optional<TypedRating> readReply(String text) {
        if (text == null || text.length() > 2000) {
            return Optional.empty();
        }
        Matcher m = REPLY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String comment = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        return Optional.of(new TypedRating(Integer.parseInt(m.group(1)), comment));
    }

    /**
     * A rating typed as a reply.
     *
     * @param score   1 to 5
     * @param comment the lines after the digit, or null
     */
    public record TypedRating(int score, String comment) {
    }
}
