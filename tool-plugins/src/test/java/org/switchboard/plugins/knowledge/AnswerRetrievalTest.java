package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.switchboard.core.intent.TextEmbedder;

/** The fused BM25 + embedding search, its features and the logistic calibration, on a few real-looking articles. */
class AnswerRetrievalTest {

    private static final List<KnowledgeDocument> DOCUMENTS = List.of(
            new KnowledgeDocument("lock-card", "Lock a debit card", "## Lock your card\nOpen the app, choose Cards and "
                    + "switch on Lock card. Unlock it the same way.", false, "https://help.example/lock-card"),
            KnowledgeDocument.of("close-account", "Close a checking account", "## Closing\nTo close your checking "
                    + "account, move the balance out first, then ask us to close it."),
            KnowledgeDocument.of("mobile-deposit", "Mobile check deposit", "## Deposit a check\nPhotograph both sides "
                    + "of the check in the app to deposit it."),
            KnowledgeDocument.of("agent-only", "Internal: locking cards for customers", "## Steps\nLock the card in "
                    + "the console."));

    /** A real, tiny embedder: hashed bag of lower-case words, unit length; enough to rank by shared words. */
    private static final TextEmbedder WORDS = new TextEmbedder() {
        @Override
        public int dimension() {
            return 64;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(text -> {
                float[] v = new float[64];
                for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (!word.isEmpty()) {
                        v[Math.floorMod(word.hashCode(), 64)] += 1;
                    }
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = norm == 0 ? 0 : (float) (v[i] / Math.sqrt(norm));
                }
                return v;
            }).toList();
        }
    };

    private static final AnswerCalibration CALIBRATION = new AnswerCalibration(-3,
            new double[] {2, 4, 3, 1, 1, 1}, "test");

    @Test
    void fusesBothRankingsAndScoresCustomerFacingArticlesOnly() {
        AnswerRetrieval retrieval = new AnswerRetrieval(new KnowledgeIndex(DOCUMENTS),
                new DenseKnowledgeIndex(DOCUMENTS, new PassageSplitter(), WORDS), DOCUMENTS, CALIBRATION);

        List<AnswerRetrieval.Scored> hits = retrieval.search("how do I lock my card", 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).documentId()).isEqualTo("lock-card");
        assertThat(hits.get(0).url()).isEqualTo("https://help.example/lock-card");
        assertThat(hits).extracting(AnswerRetrieval.Scored::documentId).doesNotContain("agent-only");
        AnswerFeatures best = hits.get(0).features();
        assertThat(best.bm25Reciprocal()).isEqualTo(1.0);
        assertThat(best.denseReciprocal()).isEqualTo(1.0);
        assertThat(best.bm25Relative()).isEqualTo(1.0);
        assertThat(best.cosineGap()).isPositive();
        assertThat(best.coverage()).isEqualTo(1.0);
        assertThat(hits).allSatisfy(h -> assertThat(h.confidence()).isBetween(0.0, 1.0));
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    @Test
    void coverageIsTheIdfWeightedShareOfTheQueryAndIndependentOfLength() {
        KnowledgeIndex index = new KnowledgeIndex(DOCUMENTS);

        double short3 = index.coverage("lock my card", "Lock a debit card", "", "switch on Lock card");
        double longer = index.coverage("hello, I would like to know how I can lock my card please, thanks",
                "Lock a debit card", "", "switch on Lock card");
        double unknown = index.coverage("lock my crypto wallet", "Lock a debit card", "", "switch on Lock card");

        assertThat(short3).isEqualTo(1.0);
        assertThat(longer).isLessThan(short3).isGreaterThan(0.0);
        assertThat(unknown).isLessThan(short3).isGreaterThan(0.0);
        assertThat(index.coverage("", "T", "", "x")).isZero();
    }

    @Test
    void withoutEmbeddingsTheSearchIsBm25AloneWithZeroSemanticFeatures() {
        AnswerRetrieval lexical = new AnswerRetrieval(new KnowledgeIndex(DOCUMENTS), null, DOCUMENTS, CALIBRATION);

        List<AnswerRetrieval.Scored> hits = lexical.search("close my checking account", 2);

        assertThat(lexical.hybrid()).isFalse();
        assertThat(hits.get(0).documentId()).isEqualTo("close-account");
        assertThat(hits.get(0).features().cosine()).isZero();
        assertThat(hits.get(0).features().denseReciprocal()).isZero();
        assertThat(lexical.search("  ", 2)).isEmpty();
        assertThatThrownBy(() -> lexical.search("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationIsALogisticFunctionReadFromAndWrittenToProperties() throws IOException {
        AnswerFeatures features = new AnswerFeatures(0.5, 0.1, 1, 1, 1, 0.5);
        double z = -3 + 2 * 0.5 + 4 * 0.1 + 3 * 1 + 1 + 1 + 0.5;

        assertThat(CALIBRATION.probability(features)).isCloseTo(1 / (1 + Math.exp(-z)), org.assertj.core.data.Offset.offset(1e-12));
        AnswerCalibration read = AnswerCalibration.read(new StringReader(CALIBRATION.toPropertiesText()), "test");
        assertThat(read.bias()).isEqualTo(-3);
        assertThat(read.weights()).containsExactly(2, 4, 3, 1, 1, 1);
        assertThatThrownBy(() -> AnswerCalibration.read(new StringReader("bias=1\n"), "broken"))
                .isInstanceOf(IOException.class).hasMessageContaining("weight.cosine");
    }

    @Test
    void theLoaderKeepsAnHttpAddressFromTheArticleFileAndDropsAnythingElse() throws IOException {
        KnowledgeDocumentLoader loader = new KnowledgeDocumentLoader();

        KnowledgeDocument linked = loader.parse(json("{\"id\":\"a\",\"title\":\"A\",\"content\":\"x\","
                + "\"url\":\" https://help.example/a \"}"), "a.json");
        KnowledgeDocument script = loader.parse(json("{\"id\":\"b\",\"title\":\"B\",\"content\":\"x\","
                + "\"url\":\"javascript:alert(1)\"}"), "b.json");
        KnowledgeDocument none = loader.parse(json("{\"id\":\"c\",\"title\":\"C\",\"content\":\"x\"}"), "c.json");

        assertThat(linked.url()).isEqualTo("https://help.example/a");
        assertThat(script.url()).isEmpty();
        assertThat(none.url()).isEmpty();
    }

    private static java.io.InputStream json(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theBundledCalibrationsLoad() throws IOException {
        assertThat(AnswerCalibration.bundled(AnswerCalibration.HYBRID_RESOURCE).weights()).hasSize(6);
        assertThat(AnswerCalibration.bundled(AnswerCalibration.LEXICAL_RESOURCE).weights()).hasSize(6);
    }
}
