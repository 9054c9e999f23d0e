package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.switchboard.core.intent.TextEmbedder;

class HybridKnowledgeSearchTest {

    /** Concept embedder: dimension 0 = refunds ("refund", "money back"), 1 = cards, 2 = anything else. */
    private static final TextEmbedder CONCEPTS = new TextEmbedder() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<float[]> vectors = new ArrayList<>();
            for (String text : texts) {
                String t = text.toLowerCase(Locale.ROOT);
                float[] v = new float[3];
                if (t.contains("refund") || t.contains("money back")) {
                    v[0] = 1;
                } else if (t.contains("card")) {
                    v[1] = 1;
                } else if (!t.isBlank()) {
                    v[2] = 1;
                }
                vectors.add(v);
            }
            return vectors;
        }
    };

    private static final List<KnowledgeDocument> DOCUMENTS = List.of(
            KnowledgeDocument.of("a_refunds", "Refunds", "How to get a refund for a purchase."),
            KnowledgeDocument.of("b_guarantee", "Guarantee", "We give your money back within 30 days."),
            KnowledgeDocument.of("c_cards", "Card delivery", "Cards arrive within a week."),
            KnowledgeDocument.of("d_internal", "Internal: money back overrides", "Agents may approve money back."));

    @Test
    void fusionAddsWhatOnlyTheEmbeddingsFind() {
        PassageSplitter splitter = new PassageSplitter();
        try (KnowledgeIndex bm25 = new KnowledgeIndex(DOCUMENTS, splitter)) {
            DenseKnowledgeIndex dense = new DenseKnowledgeIndex(DOCUMENTS, splitter, CONCEPTS);
            HybridKnowledgeSearch hybrid = new HybridKnowledgeSearch(bm25, dense, 0.5, 60, 100);

            assertThat(bm25.search("refund", 10, false)).extracting(KnowledgeHit::documentId).containsExactly("a_refunds");
            // a_refunds: 0.5/61 + 0.5/61; b_guarantee: 0.5/62 (dense rank 2); c_cards: 0.5/63 (dense rank 3)
            assertThat(hybrid.search("refund", 10, false)).containsExactly("a_refunds", "b_guarantee", "c_cards");
            assertThat(hybrid.search("refund", 1, false)).containsExactly("a_refunds");
        }
    }

    @Test
    void internalArticlesOnlyWhenAsked() {
        DenseKnowledgeIndex dense = new DenseKnowledgeIndex(DOCUMENTS, new PassageSplitter(), CONCEPTS);
        assertThat(dense.search("money back", 10, false)).extracting(DenseKnowledgeIndex.DenseHit::documentId)
                .doesNotContain("d_internal");
        assertThat(dense.search("money back", 10, true)).extracting(DenseKnowledgeIndex.DenseHit::documentId)
                .startsWith("a_refunds", "b_guarantee", "d_internal");
        assertThat(dense.search("  ", 10, true)).isEmpty();
        assertThat(dense.passageCount()).isEqualTo(4);
    }

    @Test
    void longQueriesAreCutIntoSentenceChunksOfBoundedLength() {
        String sentence = "I want my money back for the order I placed last week.";
        String query = (sentence + " ").repeat(12) + "\nThe card never arrived!";
        List<String> chunks = DenseKnowledgeIndex.chunks(query);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(DenseKnowledgeIndex.CHUNK_CHARS));
        assertThat(String.join(" ", chunks)).isEqualTo((sentence + " ").repeat(12) + "The card never arrived!");
        assertThat(chunks).hasSize(3); // 5 sentences of 54 characters fit in 300, so 12 take 3 chunks (last + card)
        assertThat(DenseKnowledgeIndex.chunks("one short question")).containsExactly("one short question");
    }

    @Test
    void chunkedScoresAverageEachChunksBestPassage() {
        DenseKnowledgeIndex dense = new DenseKnowledgeIndex(DOCUMENTS, new PassageSplitter(), CONCEPTS);
        String waiting = " and I have waited for weeks".repeat(6);
        String query = "I need a refund" + waiting + ". My card is lost" + waiting + ".";
        assertThat(DenseKnowledgeIndex.chunks(query)).hasSize(2);
        // chunk 1 ("refund") scores a_refunds and b_guarantee 1, chunk 2 ("card") scores c_cards 1: means 0.5 each
        List<DenseKnowledgeIndex.DenseHit> hits = dense.search(query, 10, false);
        assertThat(hits).extracting(DenseKnowledgeIndex.DenseHit::documentId)
                .containsExactly("a_refunds", "b_guarantee", "c_cards");
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isEqualTo(0.5));
        // the whole query is one embedding: "refund" wins, c_cards scores 0
        assertThat(dense.search(query, 10, false, DenseKnowledgeIndex.QueryMode.WHOLE))
                .extracting(DenseKnowledgeIndex.DenseHit::score).containsExactly(1.0, 1.0, 0.0);
    }

    @Test
    void rejectsBadParameters() {
        try (KnowledgeIndex bm25 = new KnowledgeIndex(DOCUMENTS)) {
            DenseKnowledgeIndex dense = new DenseKnowledgeIndex(DOCUMENTS, new PassageSplitter(), CONCEPTS);
            assertThatThrownBy(() -> new HybridKnowledgeSearch(bm25, dense, 1.5, 60, 100))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HybridKnowledgeSearch(bm25, dense, 0.5, 60, 100).search("x", 0, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
