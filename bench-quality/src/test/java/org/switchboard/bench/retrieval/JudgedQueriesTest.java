package org.switchboard.bench.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedQueriesTest {

    @TempDir
    Path dir;

    @Test
    void readsRequiredDocumentsAndSkipsUnjudgedQueries() throws IOException {
        Path queries = Files.writeString(dir.resolve("q.jsonl"), """
                {"id": "t1", "customer_situation": "my card is lost", "required_documents": ["d1", "d2"]}

                {"id": "t2", "query": "open an account", "required_documents": []}
                """);
        assertThat(JudgedQueries.read(queries, null)).containsExactly(
                new JudgedQueries.JudgedQuery("t1", "my card is lost", Set.of("d1", "d2")));
    }

    @Test
    void qrelsOverrideAndIgnoreZeroScores() throws IOException {
        Path queries = Files.writeString(dir.resolve("q.jsonl"), """
                {"id": "t1", "text": "reset my password", "required_documents": ["ignored"]}
                """);
        Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nt1\td7\t1\nt1\td8\t0\n");
        Map<String, Set<String>> judgments = JudgedQueries.readQrels(qrels);
        assertThat(judgments).containsExactly(Map.entry("t1", Set.of("d7")));
        assertThat(JudgedQueries.read(queries, judgments)).extracting(JudgedQueries.JudgedQuery::relevant)
                .containsExactly(Set.of("d7"));
    }

    @Test
    void rejectsMalformedLines() throws IOException {
        Path queries = Files.writeString(dir.resolve("q.jsonl"), "{\"id\": \"t1\"}\n");
        assertThatThrownBy(() -> JudgedQueries.read(queries, null)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1");
        Path qrels = Files.writeString(dir.resolve("bad.tsv"), "query-id\tcorpus-id\tscore\nt1\td7\n");
        assertThatThrownBy(() -> JudgedQueries.readQrels(qrels)).isInstanceOf(IOException.class);
    }
}
