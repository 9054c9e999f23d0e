package org.switchboard.bench.retrieval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.bench.metrics.RankingMetrics;
import org.switchboard.bench.intent.EmbeddingCacheFile;
import org.switchboard.core.intent.MiniLmTextEmbedder;
import org.switchboard.core.intent.TextEmbedder;
import org.switchboard.plugins.knowledge.DenseKnowledgeIndex;
import org.switchboard.plugins.knowledge.HybridKnowledgeSearch;
import org.switchboard.plugins.knowledge.KnowledgeDocument;
import org.switchboard.plugins.knowledge.KnowledgeDocumentLoader;
import org.switchboard.plugins.knowledge.KnowledgeHit;
import org.switchboard.plugins.knowledge.KnowledgeIndex;
import org.switchboard.plugins.knowledge.PassageSplitter;

/**
 * Knowledge retrieval on the tau2-bench banking knowledge base: recall@10 and nDCG@10 of BM25 alone
 * ({@link KnowledgeIndex}, as the knowledge-base tool searches), of the embedding index alone
 * ({@link DenseKnowledgeIndex}, all-MiniLM-L6-v2) and of their hybrid ({@link HybridKnowledgeSearch}), side by side.
 * Internal articles are searched too, since the judgments include them.
 *
 * <p>Usage: {@code KnowledgeRetrievalBenchmark [--kb DIR] [--eval QUERIES.jsonl] [--qrels QRELS.tsv]
 * [--bm25-weight W] [--embedding-cache FILE]} ({@code --embedding-cache}: see {@link EmbeddingCacheFile}). Defaults:
 * {@code --kb tool-plugins/src/main/resources/kb/rho-bank} (the 698 articles bundled with the knowledge-base plugin,
 * in its {@code documents/}) and {@code --eval test-fixtures/kb/banking/dev_queries.jsonl} (the 49 development
 * tasks); with {@code --kb DIR} and no {@code --eval}, {@code DIR/dev_queries.jsonl}. Judgments from {@code --qrels}
 * (BEIR TSV) when given, else from each query's {@code required_documents}. Figures are means over the judged queries. The last line is the headline.
 */
public final class KnowledgeRetrievalBenchmark {

    private static final String DEFAULT_KB = "tool-plugins/src/main/resources/kb/rho-bank";
    private static final String DEFAULT_EVAL = "test-fixtures/kb/banking/dev_queries.jsonl";
    private static final int K = 10;

    private KnowledgeRetrievalBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args see the class description
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, Set.of("kb", "eval", "qrels", "bm25-weight", "embedding-cache"));
        Path givenKb = arguments.optionalPath("kb");
        Path kb = givenKb == null ? Path.of(DEFAULT_KB) : givenKb;
        Path queriesFile = arguments.path("eval", givenKb == null ? DEFAULT_EVAL : givenKb.resolve("dev_queries.jsonl").toString());
        Path qrelsFile = arguments.optionalPath("qrels");
        double bm25Weight = arguments.number("bm25-weight", HybridKnowledgeSearch.DEFAULT_BM25_WEIGHT);
        List<JudgedQueries.JudgedQuery> queries = JudgedQueries.read(queriesFile,
                qrelsFile == null ? null : JudgedQueries.readQrels(qrelsFile));
        if (queries.isEmpty()) {
            throw new IOException(queriesFile + ": no query with relevance judgments");
        }
        long start = System.nanoTime();
        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().fromDirectory(kb);
        PassageSplitter splitter = new PassageSplitter();
        KnowledgeIndex bm25 = new KnowledgeIndex(documents, splitter);
        Path cacheFile = arguments.optionalPath("embedding-cache");
        TextEmbedder embedder = cacheFile == null ? new MiniLmTextEmbedder()
                : new EmbeddingCacheFile(new MiniLmTextEmbedder(), cacheFile);
        DenseKnowledgeIndex dense = new DenseKnowledgeIndex(documents, splitter, embedder);
        for (JudgedQueries.JudgedQuery query : queries) {
            dense.search(query.text(), 1, true, DenseKnowledgeIndex.QueryMode.WHOLE);
            dense.search(query.text(), 1, true, DenseKnowledgeIndex.QueryMode.CHUNKED);
        }
        if (embedder instanceof EmbeddingCacheFile file) {
            file.save();
        }
        HybridKnowledgeSearch hybrid = new HybridKnowledgeSearch(bm25, dense, bm25Weight, HybridKnowledgeSearch.DEFAULT_K,
                HybridKnowledgeSearch.DEFAULT_DEPTH);
        System.out.printf(Locale.ROOT, "%d articles, %d passages indexed and embedded in %.1f s; %d judged queries from %s%n",
                documents.size(), dense.passageCount(), (System.nanoTime() - start) / 1e9, queries.size(), queriesFile);

        Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
        systems.put("BM25", q -> bm25.search(q, K, true).stream().map(KnowledgeHit::documentId).toList());
        systems.put("embeddings (whole query)", q -> dense.search(q, K, true, DenseKnowledgeIndex.QueryMode.WHOLE)
                .stream().map(DenseKnowledgeIndex.DenseHit::documentId).toList());
        systems.put("embeddings (query chunks)", q -> dense.search(q, K, true, DenseKnowledgeIndex.QueryMode.CHUNKED)
                .stream().map(DenseKnowledgeIndex.DenseHit::documentId).toList());
        systems.put("hybrid", q -> hybrid.search(q, K, true));
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Function<String, List<String>>> system : systems.entrySet()) {
            double recall = 0;
            double ndcg = 0;
            for (JudgedQueries.JudgedQuery query : queries) {
                List<String> ranking = system.getValue().apply(query.text());
                recall += RankingMetrics.recallAt(ranking, query.relevant(), K);
                ndcg += RankingMetrics.ndcgAt(ranking, query.relevant(), K);
            }
            figures.put(system.getKey(), new double[] {recall / queries.size(), ndcg / queries.size()});
            System.out.printf(Locale.ROOT, "%-26s recall@%d %.4f  nDCG@%d %.4f%n", system.getKey(), K,
                    recall / queries.size(), K, ndcg / queries.size());
        }
        for (double w : new double[] {0.3, 0.4, 0.5, 0.6}) {
            HybridKnowledgeSearch variant = new HybridKnowledgeSearch(bm25, dense, w, HybridKnowledgeSearch.DEFAULT_K,
                    HybridKnowledgeSearch.DEFAULT_DEPTH);
            double recall = 0;
            double ndcg = 0;
            for (JudgedQueries.JudgedQuery query : queries) {
                List<String> ranking = variant.search(query.text(), K, true);
                recall += RankingMetrics.recallAt(ranking, query.relevant(), K);
                ndcg += RankingMetrics.ndcgAt(ranking, query.relevant(), K);
            }
            System.out.printf(Locale.ROOT, "  (hybrid with BM25 weight %.1f: recall@%d %.4f  nDCG@%d %.4f)%n", w, K,
                    recall / queries.size(), K, ndcg / queries.size());
        }
        System.out.printf(Locale.ROOT, "hybrid: weighted reciprocal rank fusion, BM25 weight %.2f, k %d, depth %d%n",
                bm25Weight, HybridKnowledgeSearch.DEFAULT_K, HybridKnowledgeSearch.DEFAULT_DEPTH);
        double[] b = figures.get("BM25");
        double[] h = figures.get("hybrid");
        System.out.printf(Locale.ROOT, "KB retrieval on %s (%d queries): hybrid recall@10 %.4f nDCG@10 %.4f vs BM25 "
                + "recall@10 %.4f nDCG@10 %.4f%n", queriesFile.getFileName(), queries.size(), h[0], h[1], b[0], b[1]);
    }
}
