package org.switchboard.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A reply with structure: its blocks in order and, for a clarifying question, the options the customer picks from.
 * All texts are plain (no markup, no entities); each channel escapes and formats them its own way.
 *
 * @param blocks  the blocks, in order; at least one
 * @param choices the options of a clarifying question, numbered 1, 2, ... in order; empty for any other reply
 */
public record ReplyContent(List<Block> blocks, List<ReplyChoice> choices) {

    /**
     * @throws IllegalArgumentException if there is no block, or the choices are not numbered 1, 2, ... in order
     */
    public ReplyContent {
        blocks = List.copyOf(blocks);
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one block");
        }
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).number() != i + 1) {
                throw new IllegalArgumentException("choices must be numbered 1, 2, ... in order");
            }
        }
    }

    /** One part of a reply. */
    public sealed interface Block {
        /** @return this block with every text passed through {@code f} (urls stay as they are) */
        Block mapText(UnaryOperator<String> f);
    }

    /**
     * A paragraph of plain text (line breaks kept).
     *
     * @param text the text; not blank
     */
    public record Paragraph(String text) implements Block {
        /** @throws IllegalArgumentException if text is null or blank */
        public Paragraph {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a paragraph has text");
            }
        }

        @Override
        public Paragraph mapText(UnaryOperator<String> f) {
            return new Paragraph(f.apply(text));
        }
    }

    /**
     * The help-center article an answer rests on.
     *
     * @param title   the article's title; not blank
     * @param section the section's heading, or empty (also when it repeats the title)
     * @param url     the article's public address ({@code https:} or {@code http:}), or empty when it has none
     * @param id      the article's id in the help center (shown in the plain-text form, where it lets support staff
     *                and the answer benchmark tell which article was quoted), or empty
     */
    public record Source(String title, String section, String url, String id) implements Block {
        /** @throws IllegalArgumentException if title is blank or url is neither empty nor an http(s) address */
        public Source {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a source has a title");
            }
            section = section == null || section.strip().equalsIgnoreCase(title.strip()) ? "" : section.strip();
            url = url == null ? "" : url.strip();
            id = id == null ? "" : id.strip();
            if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new IllegalArgumentException("a source url is an http(s) address");
            }
        }

        /** @return the title, followed by " — section" when there is a section */
        public String heading() {
            return section.isEmpty() ? title : title + " — " + section;
        }

        @Override
        public Source mapText(UnaryOperator<String> f) {
            return new Source(f.apply(title), f.apply(section), url, id);
        }
    }

    /**
     * @param f a text transformation (e.g. the output guard's masking)
     * @return the same content with every text, option labels included, passed through {@code f}
     */
    public ReplyContent mapText(UnaryOperator<String> f) {
        List<Block> mapped = new ArrayList<>();
        for (Block block : blocks) {
            mapped.add(block.mapText(f));
        }
        return new ReplyContent(mapped, choices.stream().map(c -> new ReplyChoice(c.number(), f.apply(c.label()))).toList());
    }

    /** @return whether the reply asks the customer to pick one of its choices */
    public boolean asksToChoose() {
        return !choices.isEmpty();
    }

    /**
     * @param blocks the blocks
     * @return a reply without choices
     */
    public static ReplyContent of(Block... blocks) {
        return new ReplyContent(List.of(blocks), List.of());
    }

    /**
     * One option of a clarifying question.
     *
     * @param number its number, from 1 (what an email reply names, and a button's value)
     * @param label  what the option says (the article's title); not blank
     */
    public record ReplyChoice(int number, String label) {
        /** @throws IllegalArgumentException if number is below 1 or label is blank */
        public ReplyChoice {
            Objects.requireNonNull(label, "label");
            if (number < 1 || label.isBlank()) {
                throw new IllegalArgumentException("a choice has a number from 1 and a label");
            }
        }
    }
}
