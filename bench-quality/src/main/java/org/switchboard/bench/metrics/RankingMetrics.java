package org.switchboard.bench.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Figures of one ranked result list against binary relevance judgments (as in BEIR and TREC's {@code trec_eval}).
 * Duplicate ids in a ranking count once, at their first rank.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * Recall at k: the share of the relevant ids found among the first k of the ranking.
     *
     * @param ranking  ids, best first
     * @param relevant the relevant ids, not empty
     * @param k        cut-off, at least 1
     * @return a value in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if relevant is empty or k is less than 1
     */
    public static double recallAt(List<String> ranking, Set<String> relevant, int k) {
        check(ranking, relevant, k);
        Set<String> seen = new HashSet<>();
        int found = 0;
        for (int i = 0; i < ranking.size() && i < k; i++) {
            String id = ranking.get(i);
            if (seen.add(id) && relevant.contains(id)) {
                found++;
            }
        }
        return (double) found / relevant.size();
    }

    /**
     * Normalised discounted cumulative gain at k with binary gains (Järvelin and Kekäläinen 2002, the form used by
     * BEIR and trec_eval): {@code DCG = sum over ranks r = 1..k of rel_r / log2(r + 1)}, divided by the DCG of an
     * ideal ranking that puts {@code min(k, |relevant|)} relevant ids first.
     *
     * @param ranking  ids, best first
     * @param relevant the relevant ids, not empty
     * @param k        cut-off, at least 1
     * @return a value in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if relevant is empty or k is less than 1
     */
    public static double ndcgAt(List<String> ranking, Set<String> relevant, int k) {
        check(ranking, relevant, k);
        Set<String> seen = new HashSet<>();
        double dcg = 0;
        for (int i = 0; i < ranking.size() && i < k; i++) {
            String id = ranking.get(i);
            if (seen.add(id) && relevant.contains(id)) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static void check(List<String> ranking, Set<String> relevant, int k) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(relevant, "relevant");
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("no relevant ids");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
    }
}
