package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixtures shared by the knowledge tests: the tau2-bench banking judgments in the repository's
 * {@code test-fixtures/kb/banking} (system property {@code kb.fixtures}, set by surefire) and one index of the bundled
 * knowledge base, built once per test JVM.
 */
final class Fixtures {

    private static KnowledgeIndex bundledIndex;
    private static List<KnowledgeDocument> bundledDocuments;

    private Fixtures() {
    }

    /**
     * @return the banking fixture directory ({@code dev_queries.jsonl}, {@code dev/qrels.tsv} and
     *         {@code documents.sha256}, the SHA-256 of every upstream article); the calling test fails when it
     *         does not exist
     */
    static Path banking() {
        Path dir = Path.of(System.getProperty("kb.fixtures", "../test-fixtures/kb/banking")).toAbsolutePath().normalize();
        assertThat(dir).as("tau2-bench banking fixtures (system property kb.fixtures)").isDirectory();
        return dir;
    }

    /** @return the bundled Rho-Bank documents, loaded once */
    static synchronized List<KnowledgeDocument> bundledDocuments() {
        if (bundledDocuments == null) {
            try {
                bundledDocuments = new KnowledgeDocumentLoader().bundled();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundledDocuments;
    }

    /** @return an index of the bundled documents, built once and never closed (shared by test classes) */
    static synchronized KnowledgeIndex bundledIndex() {
        if (bundledIndex == null) {
            long started = System.nanoTime();
            bundledIndex = new KnowledgeIndex(bundledDocuments());
            System.out.printf("Bundled knowledge index: %d documents (%d internal), %d passages, built in %d ms%n",
                    bundledIndex.documentCount(), bundledIndex.internalDocumentCount(), bundledIndex.passageCount(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return bundledIndex;
    }
}
