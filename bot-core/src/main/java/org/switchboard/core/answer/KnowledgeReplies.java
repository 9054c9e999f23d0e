package org.switchboard.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.reply.PassageCutter;
import org.switchboard.core.reply.ReplyContent;

/**
 * The customer-facing reply for help-center decisions: a cited passage, or a clarifying question.
 *
 * <p>An answer reads: {@value #ANSWER_INTRO}, the passage cut at a sentence boundary ({@link PassageCutter}), the
 * source (the article's title and section, linked when the article has an address), and {@value #ANSWER_FOOTER}.
 * A clarifying question reads {@value #CLARIFY_QUESTION} with one option per article, labelled with its title
 * (titles that repeat get their section added).
 */
public final class KnowledgeReplies {

    /** The first line of a cited answer. */
    public static final String ANSWER_INTRO = "Here is what our help center says:";
    /** The last line of a cited answer. */
    public static final String ANSWER_FOOTER =
            "If this doesn't solve it, reply here and ask for a person, and I'll open a ticket for our team.";
    /** The question asked when two or three articles are plausible. */
    public static final String CLARIFY_QUESTION =
            "I found more than one article in our help center that could answer this. Which one do you mean?";

    private final PassageCutter cutter;

    /**
     * @param maxPassageChars the longest passage quoted, in characters, at least {@value PassageCutter#MIN_CHARS}
     * @throws IllegalArgumentException if maxPassageChars is too small
     */
    public KnowledgeReplies(int maxPassageChars) {
        this.cutter = new PassageCutter(maxPassageChars, Locale.ENGLISH);
    }

    /**
     * @param citation the passage to quote
     * @return the answer
     */
    public ReplyContent answer(KnowledgeCitation citation) {
        String title = citation.title().isBlank() ? citation.documentId() : citation.title();
        return ReplyContent.of(
                new ReplyContent.Paragraph(ANSWER_INTRO),
                new ReplyContent.Paragraph(cutter.cut(citation.passage())),
                new ReplyContent.Source(title, citation.section(), citation.url(), citation.documentId()),
                new ReplyContent.Paragraph(ANSWER_FOOTER));
    }

    /**
     * @param options the plausible passages, 2 or 3, each from a different article, in the order offered
     * @return the question with one numbered choice per option
     */
    public ReplyContent clarify(List<KnowledgeCitation> options) {
        List<ReplyContent.ReplyChoice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(new ReplyContent.ReplyChoice(i + 1, label(options.get(i), options)));
        }
        return new ReplyContent(List.of(new ReplyContent.Paragraph(CLARIFY_QUESTION)), choices);
    }

    /**
     * @param option  one option
     * @param options all of them
     * @return its title, with its section when another option has the same title (its id when it has no title)
     */
    static String label(KnowledgeCitation option, List<KnowledgeCitation> options) {
        String title = option.title().isBlank() ? option.documentId() : option.title().strip();
        boolean repeated = options.stream().filter(o -> o != option)
                .anyMatch(o -> o.title().strip().equalsIgnoreCase(title));
        return repeated && !option.section().isBlank() ? title + " — " + option.section().strip() : title;
    }
}
