package org.switchboard.plugins.knowledge;

import java.util.Objects;

/**
 * One search result: the best-matching passage of one article.
 *
 * @param documentId the article's {@link KnowledgeDocument#id()}
 * @param title      the article's title
 * @param section    the heading the passage sits under, empty if it comes before the first heading
 * @param passage    the passage as plain text (see {@link Passage#text()}), at most about 800 characters
 * @param score      Lucene BM25 relevance score (k1 = 1.2, b = 0.75, summed over the query terms and the
 *                   fields title ×2, section, text); positive, unbounded, higher is better, comparable only
 *                   between hits of the same index, not normalised to 0..1
 */
public record KnowledgeHit(String documentId, String title, String section, String passage, float score) {
    /**
     * Checks the components.
     *
     * @param documentId see the record description
     * @param title see the record description
     * @param section see the record description
     * @param passage see the record description
     * @param score see the record description
     * @throws NullPointerException if a string component is null
     */
    public KnowledgeHit {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(passage, "passage");
    }
}
