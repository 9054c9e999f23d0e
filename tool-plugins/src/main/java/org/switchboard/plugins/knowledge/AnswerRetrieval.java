package org.switchboard.plugins.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The knowledge-base search customers' messages go through: BM25 over passages ({@link KnowledgeIndex}, title
 * weighted twice) and, when an embedding model is available, the embedding index ({@link DenseKnowledgeIndex}),
 * their rankings fused by reciprocal rank (k = {@value #RRF_K}, equal weights); the first
 * {@value #POOL} (or the requested number, when more) fused articles get {@link AnswerFeatures} and a calibrated confidence ({@link AnswerCalibration})
 * and are returned most confident first. Customer-facing articles and sections only. Thread-safe when its indexes
 * are (they are, once built).
 */
public final class AnswerRetrieval {

    /** How deep each ranking is read before fusing. */
    public static final int DEPTH = 20;
    /** How many fused articles are scored. */
    public static final int POOL = 6;
    /** The reciprocal-rank-fusion constant. */
    public static final int RRF_K = 60;

    /**
     * One scored article.
     *
     * @param documentId the article id
     * @param title      its title
     * @param section    the section of the passage shown
     * @param passage    the passage shown (the embedding index's best passage when there is one, else BM25's)
     * @param url        the article's public address or empty
     * @param bm25       the BM25 score of the article's best passage, 0 when BM25 did not find it
     * @param features   what the confidence was computed from
     * @param confidence calibrated probability in [0, 1] that the article answers the message
     */
    public record Scored(String documentId, String title, String section, String passage, String url, double bm25,
                         AnswerFeatures features, double confidence) {
    }

    private final KnowledgeIndex lexical;
    private final DenseKnowledgeIndex dense;
    private final Map<String, KnowledgeDocument> documents;
    private final AnswerCalibration calibration;
    private final IntentPriorRanking intentPrior;

    /**
     * @param lexical     the BM25 index
     * @param dense       the embedding index over the same articles, or null for BM25 alone
     * @param documents   the indexed articles (for titles and addresses)
     * @param calibration turns features into confidences (fitted for this combination: with or without {@code dense})
     * @throws NullPointerException if lexical, documents or calibration is null
     */
    public AnswerRetrieval(KnowledgeIndex lexical, DenseKnowledgeIndex dense, List<KnowledgeDocument> documents,
                           AnswerCalibration calibration) {
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.dense = dense;
        this.documents = new HashMap<>();
        for (KnowledgeDocument document : documents) {
            this.documents.put(document.id(), document);
        }
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.intentPrior = null;
    }

    private AnswerRetrieval(AnswerRetrieval base, IntentPriorRanking intentPrior) {
        this.lexical = base.lexical;
        this.dense = base.dense;
        this.documents = base.documents;
        this.calibration = base.calibration;
        this.intentPrior = intentPrior;
    }

    /**
     * @param ranking re-scores the first {@value IntentPriorRanking#CANDIDATES} fused articles with customer-language
     *                priors ({@link IntentPriorRanking}); its confidences replace this calibration's in
     *                {@link #search(String, int)}
     * @return a retrieval over the same indexes using the ranking
     * @throws NullPointerException  if ranking is null
     * @throws IllegalStateException if this retrieval has no embedding index (the prior needs the message's embedding)
     */
    public AnswerRetrieval withIntentPrior(IntentPriorRanking ranking) {
        Objects.requireNonNull(ranking, "ranking");
        if (dense == null) {
            throw new IllegalStateException("intent priors need the embedding index");
        }
        return new AnswerRetrieval(this, ranking);
    }

    /** @return whether the intent priors re-score the results of {@link #search(String, int)} */
    public boolean intentPrior() {
        return intentPrior != null;
    }

    /**
     * @param other another calibration
     * @return a retrieval over the same indexes scoring with {@code other}, without intent priors
     * @throws NullPointerException if other is null
     */
    public AnswerRetrieval withCalibration(AnswerCalibration other) {
        return new AnswerRetrieval(lexical, dense, List.copyOf(documents.values()), other);
    }

    /** @return whether embeddings take part */
    public boolean hybrid() {
        return dense != null;
    }

    /** @return the BM25 index */
    public KnowledgeIndex lexical() {
        return lexical;
    }

    /**
     * Searches customer-facing articles; with intent priors ({@link #withIntentPrior}) the first
     * {@value IntentPriorRanking#CANDIDATES} fused articles are re-scored by them.
     *
     * @param query the customer's message, free text; null or blank finds nothing
     * @param limit the most articles to return, at least 1
     * @return at most {@code limit} articles, most confident first
     * @throws IllegalArgumentException if limit is less than 1
     */
    public List<Scored> search(String query, int limit) {
        if (intentPrior != null && limit >= 1 && query != null && !query.isBlank()) {
            List<float[]> vectors = dense.embedQuery(query, DenseKnowledgeIndex.QueryMode.CHUNKED);
            List<Scored> plain = search(query, vectors, Math.max(limit, IntentPriorRanking.CANDIDATES), calibration);
            return plain.isEmpty() ? plain : moreConfidentOf(plain,
                    intentPrior.rescore(dense.messageVector(query, vectors), plain, plain.size()), limit);
        }
        return search(query, limit, calibration);
    }

    /**
     * The message's embedding as the intent priors see it (the same vector {@link #search(String, int)} computes).
     *
     * @param query the message, not blank
     * @return its unit vector
     * @throws IllegalStateException if this retrieval has no embedding index
     */
    public float[] messageVector(String query) {
        if (dense == null) {
            throw new IllegalStateException("no embedding index");
        }
        return dense.messageVector(query, dense.embedQuery(query, DenseKnowledgeIndex.QueryMode.CHUNKED));
    }

    /**
     * Each article's confidence is the higher of its plain (hybrid) confidence and its intent-prior confidence: the
     * priors know only BANKING77's 77 intents, so a message about anything else (a navigation question naming an
     * article's feature, say) keeps the confidence the plain search gives it.
     *
     * @param plain    the plain search's articles with their confidences
     * @param rescored the same articles re-scored by the intent priors
     * @param limit    the most articles to return
     * @return at most {@code limit} articles, most confident first, ties by article id
     */
    private static List<Scored> moreConfidentOf(List<Scored> plain, List<Scored> rescored, int limit) {
        Map<String, Double> plainConfidence = new HashMap<>();
        for (Scored s : plain) {
            plainConfidence.merge(s.documentId(), s.confidence(), Math::max);
        }
        List<Scored> combined = new ArrayList<>();
        for (Scored s : rescored) {
            double confidence = Math.max(s.confidence(), plainConfidence.getOrDefault(s.documentId(), 0d));
            combined.add(new Scored(s.documentId(), s.title(), s.section(), s.passage(), s.url(), s.bm25(),
                    s.features(), confidence));
        }
        combined.sort(Comparator.comparingDouble(Scored::confidence).reversed().thenComparing(Scored::documentId));
        return combined.subList(0, Math.min(limit, combined.size()));
    }

    /**
     * Searches customer-facing articles, scoring with another calibration (cross-validation in the benchmark).
     *
     * @param query      the customer's message; null or blank finds nothing
     * @param limit      the most articles to return, at least 1
     * @param calibrator the calibration to use
     * @return at most {@code limit} articles, most confident first
     * @throws IllegalArgumentException if limit is less than 1
     */
    public List<Scored> search(String query, int limit, AnswerCalibration calibrator) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return search(query, dense == null ? List.of() : dense.embedQuery(query, DenseKnowledgeIndex.QueryMode.CHUNKED),
                limit, calibrator);
    }

    /** The search with the message embedded once (no vectors without an embedding index). */
    private List<Scored> search(String query, List<float[]> vectors, int limit, AnswerCalibration calibrator) {
        List<KnowledgeHit> bm25 = lexical.search(query, DEPTH, false);
        Map<String, Integer> bm25Rank = new HashMap<>();
        Map<String, KnowledgeHit> bm25Hit = new HashMap<>();
        for (int r = 0; r < bm25.size(); r++) {
            bm25Rank.put(bm25.get(r).documentId(), r + 1);
            bm25Hit.put(bm25.get(r).documentId(), bm25.get(r));
        }
        double topBm25 = bm25.isEmpty() ? 0 : bm25.get(0).score();
        List<DenseKnowledgeIndex.DenseHit> all = dense == null ? List.of()
                : dense.search(vectors, Integer.MAX_VALUE, false);
        Map<String, DenseKnowledgeIndex.DenseHit> denseHit = new HashMap<>();
        Map<String, Integer> denseRank = new HashMap<>();
        for (int r = 0; r < all.size(); r++) {
            denseHit.put(all.get(r).documentId(), all.get(r));
            if (r < DEPTH) {
                denseRank.put(all.get(r).documentId(), r + 1);
            }
        }
        Map<String, Double> fused = new LinkedHashMap<>();
        bm25Rank.forEach((id, r) -> fused.merge(id, 1.0 / (RRF_K + r), Double::sum));
        denseRank.forEach((id, r) -> fused.merge(id, 1.0 / (RRF_K + r), Double::sum));
        List<String> pool = fused.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(POOL, limit)).map(Map.Entry::getKey).toList();
        double best = all.isEmpty() ? 0 : all.get(0).score();
        double second = all.size() < 2 ? best : all.get(1).score();
        List<Scored> scored = new ArrayList<>();
        for (String id : pool) {
            KnowledgeDocument document = documents.get(id);
            KnowledgeHit lexicalHit = bm25Hit.get(id);
            DenseKnowledgeIndex.DenseHit semantic = denseHit.get(id);
            String title = document != null ? document.title() : lexicalHit != null ? lexicalHit.title() : "";
            String section;
            String passage;
            double coverage;
            if (semantic != null) {
                section = semantic.passage().section();
                passage = semantic.passage().text();
                coverage = lexical.coverage(query, title, section, passage);
            } else {
                section = lexicalHit.section();
                passage = lexicalHit.passage();
                coverage = 0;
            }
            if (lexicalHit != null) {
                coverage = Math.max(coverage, lexical.coverage(query, title, lexicalHit.section(), lexicalHit.passage()));
            }
            double cosine = semantic == null ? 0 : semantic.score();
            double other = semantic == null ? 0 : (all.get(0).documentId().equals(id) ? second : best);
            AnswerFeatures features = new AnswerFeatures(cosine, cosine - other, coverage,
                    lexicalHit == null || topBm25 <= 0 ? 0 : lexicalHit.score() / topBm25,
                    bm25Rank.containsKey(id) ? 1.0 / bm25Rank.get(id) : 0,
                    denseRank.containsKey(id) ? 1.0 / denseRank.get(id) : 0);
            scored.add(new Scored(id, title, section, passage, document == null ? "" : document.url(),
                    lexicalHit == null ? 0 : lexicalHit.score(), features, calibrator.probability(features)));
        }
        scored.sort(Comparator.comparingDouble(Scored::confidence).reversed().thenComparing(Scored::documentId));
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }
}
