package org.switchboard.plugins.knowledge;

import java.util.List;

/**
 * What the answer calibration knows about one candidate article for one customer message; each feature is bounded
 * and means the same for a 3-word and a 30-word message.
 *
 * @param cosine          cosine similarity in [-1, 1] of the message's embedding with the article's best passage
 *                        (0 without an embedding model)
 * @param cosineGap       {@code cosine} minus the best cosine of any other customer-facing article: positive when
 *                        this article is clearly the closest, negative by how far it trails (0 without a model)
 * @param coverage        idf-weighted share in [0, 1] of the message's terms that the passage covers
 *                        ({@link KnowledgeIndex#coverage})
 * @param bm25Relative    BM25 score divided by the best BM25 score for the message, in [0, 1] (0 when BM25 did not
 *                        find the article)
 * @param bm25Reciprocal  1 / the article's rank in the BM25 ranking (0 when not among the first
 *                        {@value AnswerRetrieval#DEPTH})
 * @param denseReciprocal 1 / the article's rank in the embedding ranking (0 when not among the first
 *                        {@value AnswerRetrieval#DEPTH}, or without a model)
 */
public record AnswerFeatures(double cosine, double cosineGap, double coverage, double bm25Relative,
                             double bm25Reciprocal, double denseReciprocal) {

    /** The feature names, in the order of {@link #values()}; the calibration file's keys. */
    public static final List<String> NAMES = List.of("cosine", "cosineGap", "coverage", "bm25Relative",
            "bm25Reciprocal", "denseReciprocal");

    /** @return the features in the order of {@link #NAMES} */
    public double[] values() {
        return new double[] {cosine, cosineGap, coverage, bm25Relative, bm25Reciprocal, denseReciprocal};
    }
}
