package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one test that loads the bundled ONNX model (about a second). */
class MiniLmTextEmbedderTest {

    @Test
    void paraphrasesAreCloserThanUnrelatedTextsAndVectorsHaveUnitNorm() {
        MiniLmTextEmbedder embedder = new MiniLmTextEmbedder();
        List<float[]> vectors = embedder.embed(List.of("My card has not arrived yet",
                "When will my new card be delivered?", "What is the weather like in Paris?", "  "));

        assertThat(vectors).hasSize(4).allSatisfy(v -> assertThat(v).hasSize(MiniLmTextEmbedder.DIMENSION));
        assertThat(Vectors.dot(vectors.get(0), vectors.get(0))).isCloseTo(1.0, within(1e-4));
        assertThat(Vectors.dot(vectors.get(0), vectors.get(1))).isGreaterThan(Vectors.dot(vectors.get(0), vectors.get(2)) + 0.2);
        assertThat(Vectors.dot(vectors.get(3), vectors.get(3))).isZero();
        assertThat(embedder.embed(List.of("My card has not arrived yet")).get(0)).containsExactly(vectors.get(0));
    }
}
