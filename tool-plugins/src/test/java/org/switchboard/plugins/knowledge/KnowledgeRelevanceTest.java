package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Retrieval quality regression guard on the tau2-bench banking development split: each dev task's
 * {@code customer_situation} is the query, its {@code required_documents} (BEIR-style {@code dev/qrels.tsv}) the
 * relevant articles. Internal articles are included, since the judgments include them.
 */
class KnowledgeRelevanceTest {

    /**
     * Measured with the shipped settings (800-character passages, title x2, 128 query terms, extended English
     * stop words): recall@10 = 0.3055, MRR@10 = 0.4932. The floors sit a little below, so a change that makes
     * retrieval noticeably worse fails here; raise them when retrieval gets better.
     */
    private static final double RECALL_AT_10_FLOOR = 0.28;
    private static final double MRR_AT_10_FLOOR = 0.45;

    @Test
    void devQueriesFindTheRequiredDocuments() throws IOException {
        Path banking = Fixtures.banking();
        Map<String, Set<String>> qrels = readQrels(banking.resolve("dev/qrels.tsv"));
        Map<String, String> queries = readQueries(banking.resolve("dev_queries.jsonl"));
        KnowledgeIndex index = Fixtures.bundledIndex();

        double recallSum = 0;
        double reciprocalRankSum = 0;
        int evaluated = 0;
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Set<String> relevant = qrels.get(query.getKey());
            if (relevant == null || relevant.isEmpty()) {
                continue;
            }
            List<KnowledgeHit> hits = index.search(query.getValue(), 10, true);
            int found = 0;
            double reciprocalRank = 0;
            for (int rank = 0; rank < hits.size(); rank++) {
                if (relevant.contains(hits.get(rank).documentId())) {
                    found++;
                    if (reciprocalRank == 0) {
                        reciprocalRank = 1.0 / (rank + 1);
                    }
                }
            }
            recallSum += (double) found / relevant.size();
            reciprocalRankSum += reciprocalRank;
            evaluated++;
        }
        double recall = recallSum / evaluated;
        double mrr = reciprocalRankSum / evaluated;
        System.out.printf(Locale.ROOT, "Knowledge relevance on %d dev queries: recall@10 = %.4f, MRR@10 = %.4f%n",
                evaluated, recall, mrr);

        assertThat(evaluated).isEqualTo(49);
        assertThat(recall).as("mean recall@10").isGreaterThanOrEqualTo(RECALL_AT_10_FLOOR);
        assertThat(mrr).as("MRR@10").isGreaterThanOrEqualTo(MRR_AT_10_FLOOR);
    }

    private static Map<String, Set<String>> readQrels(Path file) throws IOException {
        Map<String, Set<String>> qrels = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            if (columns.length == 3 && Integer.parseInt(columns[2].strip()) > 0) {
                qrels.computeIfAbsent(columns[0], k -> new HashSet<>()).add(columns[1]);
            }
        }
        return qrels;
    }

    private static Map<String, String> readQueries(Path file) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject task = reader.readObject();
                queries.put(task.getString("id"), task.getString("customer_situation"));
            }
        }
        return queries;
    }
}
