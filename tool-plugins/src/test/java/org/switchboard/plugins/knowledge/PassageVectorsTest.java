package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Passage vectors shipped ahead of time: written, read back within the 8-bit error, refused for other passages. */
class PassageVectorsTest {

    private static final List<String> TEXTS = List.of("Lock a card\n\nSwitch on Lock card.", "Close an account\n\nAsk us.");
    private static final List<float[]> VECTORS = List.of(unit(0.6f, 0.8f, 0f), unit(0.1f, -0.2f, 0.97f));

    @Test
    void readsBackTheVectorsOfTheSamePassagesAndModel() throws IOException {
        Optional<List<float[]>> read = PassageVectors.read(new ByteArrayInputStream(written()), "m", TEXTS);

        assertThat(read).isPresent();
        for (int i = 0; i < VECTORS.size(); i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(read.get().get(i)[j]).isCloseTo(VECTORS.get(i)[j], offset(0.01f));
            }
        }
    }

    @Test
    void ignoresAFileMadeForOtherPassagesOrAnotherModel() throws IOException {
        assertThat(PassageVectors.read(new ByteArrayInputStream(written()), "other", TEXTS)).isEmpty();
        assertThat(PassageVectors.read(new ByteArrayInputStream(written()), "m",
                List.of(TEXTS.get(0), "Close an account\n\nAsk us today."))).isEmpty();
    }

    @Test
    void theDenseIndexUsesGivenVectorsInsteadOfEmbedding() {
        List<KnowledgeDocument> documents = List.of(KnowledgeDocument.of("a", "A", "## S\nAlpha text."));
        List<String> texts = DenseKnowledgeIndex.passageTexts(documents, new PassageSplitter(), false);
        org.switchboard.core.intent.TextEmbedder refusing = new org.switchboard.core.intent.TextEmbedder() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public List<float[]> embed(List<String> batch) {
                throw new AssertionError("passages must not be embedded: " + batch);
            }
        };

        DenseKnowledgeIndex index = new DenseKnowledgeIndex(documents, new PassageSplitter(), refusing, "",
                given -> given.equals(texts) ? List.of(unit(1, 0, 0)) : null, false);

        assertThat(index.precomputed()).isTrue();
        assertThat(index.passageCount()).isEqualTo(1);
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PassageVectors.write(out, "m", TEXTS, VECTORS);
        return out.toByteArray();
    }

    private static float[] unit(float... v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return u;
    }
}
