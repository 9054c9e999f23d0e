package org.switchboard.core.agent;

import java.util.Objects;

/**
 * One help-center passage an answer can rest on, as the {@code search_knowledge_base} tool returns it.
 *
 * @param documentId the article's id (its file name without {@code .json}); not blank
 * @param title      the article's title; never null
 * @param section    the heading of the section the passage comes from, or empty; never null
 * @param passage    the passage's plain text (no markup, entities decoded); never null
 * @param url        the article's public address, or empty when it has none; never null
 * @param confidence the calibrated probability, in [0, 1], that this passage answers the customer's message; it
 *                   means the same for a 3-word and a 30-word message (see docs/ANSWERS.md)
 */
public record KnowledgeCitation(String documentId, String title, String section, String passage, String url,
                                double confidence) {

    /**
     * @throws NullPointerException     if a text is null
     * @throws IllegalArgumentException if documentId is blank or confidence is outside [0, 1]
     */
    public KnowledgeCitation {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(url, "url");
        if (documentId.isBlank()) {
            throw new IllegalArgumentException("documentId is blank");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
