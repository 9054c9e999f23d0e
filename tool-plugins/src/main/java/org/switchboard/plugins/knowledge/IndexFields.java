package org.switchboard.plugins.knowledge;

/**
 * Field names and weights of the passage index: one Lucene document per {@link Passage}.
 */
final class IndexFields {

    /** The article id; indexed as one exact term, stored. */
    static final String ID = "id";
    /** The article title; analysed (English), stored. Repeated on every passage of the article. */
    static final String TITLE = "title";
    /** The passage's section heading; analysed, stored. */
    static final String SECTION = "section";
    /** The passage's plain text; analysed, stored. */
    static final String TEXT = "text";
    /** {@link #TRUE} for passages of internal articles or in internal sections, {@link #FALSE} otherwise; exact term, not stored. */
    static final String INTERNAL = "internal";

    static final String TRUE = "true";
    static final String FALSE = "false";

    /** Query-time boost of a match in the title. */
    static final float TITLE_BOOST = 2.0f;
    /** Query-time boost of a match in the section heading. */
    static final float SECTION_BOOST = 1.0f;
    /** Query-time boost of a match in the passage text. */
    static final float TEXT_BOOST = 1.0f;

    private IndexFields() {
    }
}
