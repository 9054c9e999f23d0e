package org.switchboard.bench.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.intent.TextEmbedder;

class EmbeddingCacheFileTest {

    /** Embeds a text as (length, number of spaces) and counts what it was asked for. */
    private static final class CountingEmbedder implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), t.chars().filter(c -> c == ' ').count()}).toList();
        }
    }

    @TempDir
    Path dir;

    @Test
    void vectorsSurviveARestartAndAreNotComputedAgain() throws IOException {
        Path file = dir.resolve("cache.bin");
        CountingEmbedder first = new CountingEmbedder();
        EmbeddingCacheFile cache = new EmbeddingCacheFile(first, file);
        List<float[]> computed = cache.embed(List.of("a b", "héllo wörld", "a b"));
        cache.save();
        assertThat(first.asked).containsExactly("a b", "héllo wörld");

        CountingEmbedder second = new CountingEmbedder();
        EmbeddingCacheFile reloaded = new EmbeddingCacheFile(second, file);
        assertThat(reloaded.size()).isEqualTo(2);
        List<float[]> again = reloaded.embed(List.of("héllo wörld", "new text"));
        assertThat(again.get(0)).containsExactly(computed.get(1));
        assertThat(second.asked).containsExactly("new text");
    }
}
