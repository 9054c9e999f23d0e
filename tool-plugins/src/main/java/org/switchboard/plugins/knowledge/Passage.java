package org.switchboard.plugins.knowledge;

import java.util.Objects;

/**
 * A searchable piece of a knowledge-base article: part of one section, short enough to quote to a customer.
 *
 * @param section the text of the heading ({@code #}, {@code ##} or {@code ###}) the passage sits under, markup
 *                removed; empty for text before the article's first heading
 * @param text    the passage as plain text (Markdown markup removed, list bullets and numbers kept), at most
 *                the splitter's maximum length
 * @param internal whether the passage sits in a section marked for agents only (its heading or a parent
 *                 heading says e.g. "internal use only", see {@link PassageSplitter}); such passages must never be
 *                 shown to customers, even when the article itself is customer-facing
 */
public record Passage(String section, String text, boolean internal) {
    /**
     * Checks the components.
     *
     * @param section see the record description
     * @param text see the record description
     * @param internal see the record description
     * @throws NullPointerException if section or text is null
     */
    public Passage {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
