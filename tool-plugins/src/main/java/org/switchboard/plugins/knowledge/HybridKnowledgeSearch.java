package org.switchboard.plugins.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hybrid knowledge-base retrieval: the BM25 ranking of a {@link KnowledgeIndex} and the semantic ranking of a
 * {@link DenseKnowledgeIndex}, fused by weighted reciprocal rank fusion (Cormack, Clarke and Büttcher 2009):
 * {@code score(d) = bm25Weight / (k + rank_bm25(d)) + (1 - bm25Weight) / (k + rank_dense(d))}, ranks from 1, a
 * ranking that does not list {@code d} within its first {@code depth} contributes nothing. Ties are broken by
 * article id. Thread-safe when both indexes are.
 */
public final class HybridKnowledgeSearch {

    /** RRF's usual smoothing constant. */
    public static final int DEFAULT_K = 60;
    /**
     * Default weight of the BM25 ranking. Chosen on the tau2-bench banking development queries (49 long customer
     * situations, chunked embedding queries): BM25 weight 0.3 / 0.4 / 0.5 / 0.6 / 0.7 gave nDCG@10 0.358 / 0.369 /
     * 0.370 / 0.371 / 0.376 and recall@10 0.311 / 0.321 / 0.310 / 0.321 / 0.333 (docs/BENCHMARKS.md).
     */
    public static final double DEFAULT_BM25_WEIGHT = 0.7;
    /** How many articles each ranking contributes by default. */
    public static final int DEFAULT_DEPTH = 100;

    private final KnowledgeIndex lexical;
    private final DenseKnowledgeIndex dense;
    private final double bm25Weight;
    private final int k;
    private final int depth;

    /**
     * @param lexical    the BM25 index
     * @param dense      the embedding index over the same articles
     * @param bm25Weight weight of the BM25 ranking in [0, 1]; the embedding ranking gets the rest (0.5 = plain RRF)
     * @param k          RRF constant, at least 1
     * @param depth      articles taken from each ranking, at least 1
     * @throws NullPointerException     if an index is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public HybridKnowledgeSearch(KnowledgeIndex lexical, DenseKnowledgeIndex dense, double bm25Weight, int k, int depth) {
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.dense = Objects.requireNonNull(dense, "dense");
        if (!(bm25Weight >= 0 && bm25Weight <= 1)) {
            throw new IllegalArgumentException("bm25Weight must be in [0, 1]: " + bm25Weight);
        }
        if (k < 1 || depth < 1) {
            throw new IllegalArgumentException("k and depth must be at least 1");
        }
        this.bm25Weight = bm25Weight;
        this.k = k;
        this.depth = depth;
    }

    /**
     * Searches both indexes and fuses their rankings.
     *
     * @param query           free text; null or blank finds nothing
     * @param limit           the most article ids to return, at least 1
     * @param includeInternal whether internal articles and passages may be returned
     * @return article ids, best first
     * @throws IllegalArgumentException if limit is less than 1
     */
    public List<String> search(String query, int limit, boolean includeInternal) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Map<String, Double> fused = new HashMap<>();
        List<KnowledgeHit> bm25 = lexical.search(query, depth, includeInternal);
        for (int r = 0; r < bm25.size(); r++) {
            fused.merge(bm25.get(r).documentId(), bm25Weight / (k + r + 1), Double::sum);
        }
        List<DenseKnowledgeIndex.DenseHit> semantic = dense.search(query, depth, includeInternal);
        for (int r = 0; r < semantic.size(); r++) {
            fused.merge(semantic.get(r).documentId(), (1 - bm25Weight) / (k + r + 1), Double::sum);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
