package org.switchboard.plugins.knowledge;

import java.util.Objects;

/**
 * One knowledge-base article, as stored in a document file {@code {"id", "title", "content"}}.
 *
 * @param id       stable identifier, unique within a knowledge base (in the Rho-Bank sample the file name
 *                 without {@code .json}, e.g. {@code doc_bank_accounts_bank_accounts_(general)_001})
 * @param title    the article's title, one line
 * @param content  the article's body in Markdown
 * @param internal whether the article is an internal procedure for agents; internal articles are indexed but
 *                 must never be shown to customers (see {@link #isInternalTitle(String)}). Customer-facing
 *                 articles can still hold internal sections, see {@link Passage#internal()}
 * @param url      the article's public address ({@code http} or {@code https}) when its file gives one in an
 *                 optional {@code "url"} field, else empty; never null
 */
public record KnowledgeDocument(String id, String title, String content, boolean internal, String url) {

    /**
     * Checks the components.
     *
     * @param id see the record description
     * @param title see the record description
     * @param content see the record description
     * @param internal see the record description
     * @param url see the record description
     * @throws NullPointerException     if id, title, content or url is null
     * @throws IllegalArgumentException if id is blank
     */
    public KnowledgeDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
    }

    /**
     * A document without a public address.
     *
     * @param id       see the record description
     * @param title    see the record description
     * @param content  see the record description
     * @param internal see the record description
     * @throws NullPointerException     if id, title or content is null
     * @throws IllegalArgumentException if id is blank
     */
    public KnowledgeDocument(String id, String title, String content, boolean internal) {
        this(id, title, content, internal, "");
    }

    /**
     * Creates a document whose {@link #internal()} flag is derived from its title.
     *
     * @param id      the document id, not blank
     * @param title   the title
     * @param content the Markdown body
     * @return the document
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if id is blank
     */
    public static KnowledgeDocument of(String id, String title, String content) {
        return new KnowledgeDocument(id, title, content, isInternalTitle(title));
    }

    /**
     * Tells whether a title marks an internal procedure. The Rho-Bank sample marks them two ways: 47 titles start
     * with {@code "Internal:"} (e.g. {@code "Internal: Opening Personal Checking Accounts"}) and 11 contain
     * {@code "(Internal)"} (e.g. {@code "Account Recovery Bypass Code (Internal)"},
     * {@code "(Internal) Applying a Credit Card Statement Credit"}); both count, in any letter case. Words such
     * as "International" do not.
     *
     * @param title a document title, may be null (not internal)
     * @return true if the title marks the document as internal
     */
    public static boolean isInternalTitle(String title) {
        return InternalMarkers.isInternalTitle(title);
    }
}
