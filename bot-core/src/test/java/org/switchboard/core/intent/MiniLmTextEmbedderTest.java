package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests that load the bundled ONNX model (about a second each). */
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

    @Test
    void givesExactlyTheVectorsOfLangChain4jsOwnModelClass() {
        List<String> texts = List.of("How do I dispute a card transaction?", "overdraft fee");
        List<float[]> reference = new MiniLmTextEmbedder(new AllMiniLmL6V2EmbeddingModel()).embed(texts);
        try (MiniLmTextEmbedder embedder = new MiniLmTextEmbedder()) {
            List<float[]> vectors = embedder.embed(texts);
            assertThat(vectors.get(0)).containsExactly(reference.get(0));
            assertThat(vectors.get(1)).containsExactly(reference.get(1));
        }
    }

    @Test
    void closingReleasesTheOnnxSessionOnceAndLaterEmbeddingsFail() {
        ClosableOnnxEmbeddingModel model = ClosableOnnxEmbeddingModel.load(getClass().getClassLoader(),
                "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", PoolingMode.MEAN, MiniLmTextEmbedder.DIMENSION);
        MiniLmTextEmbedder embedder = new MiniLmTextEmbedder(model);
        assertThat(embedder.embed(List.of("one", "two", "three"))).hasSize(3);

        embedder.close();
        embedder.close();

        assertThat(model.isClosed()).isTrue();
        assertThatThrownBy(() -> embedder.embed(List.of("one", "two"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the embedding model is closed");
        assertThatThrownBy(() -> model.embed("one")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingModelFileIsAClearError() {
        assertThatThrownBy(() -> ClosableOnnxEmbeddingModel.load(getClass().getClassLoader(), "no-such-model.onnx",
                "all-minilm-l6-v2-tokenizer.json", PoolingMode.MEAN, MiniLmTextEmbedder.DIMENSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-model.onnx");
    }

    @Test
    void aMissingTokenizerFileIsAClearError() {
        assertThatThrownBy(() -> ClosableOnnxEmbeddingModel.load(getClass().getClassLoader(), "all-minilm-l6-v2.onnx",
                "no-such-tokenizer.json", PoolingMode.MEAN, MiniLmTextEmbedder.DIMENSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-tokenizer.json");
    }

    @Test
    void closeClosesAWrappedModelThatCanBeClosed() {
        ClosingModel closable = new ClosingModel();
        new MiniLmTextEmbedder(closable).close();
        assertThat(closable.closed).isEqualTo(1);
    }

    /** An embedding model that counts its closes. */
    private static final class ClosingModel implements EmbeddingModel, AutoCloseable {
        int closed;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(List.of());
        }

        @Override
        public void close() {
            closed++;
        }
    }
}
