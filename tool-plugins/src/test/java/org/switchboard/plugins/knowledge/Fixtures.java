package org.switchboard.plugins.knowledge;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixtures shared by the knowledge tests: the tau2-bench banking data under {@code /work/shared}
 * (system property {@code kb.fixtures}, set by surefire) and one index of the bundled knowledge base, built once
 * per test JVM.
 */
final class Fixtures {

    private static KnowledgeIndex bundledIndex;
    private static List<KnowledgeDocument> bundledDocuments;

    private Fixtures() {
    }

    /**
     * @return the banking fixture directory ({@code documents/}, {@code dev_queries.jsonl}, {@code dev/qrels.tsv});
     *         the calling test is skipped (assumption) when it does not exist
     */
    static Path banking() {
        Path dir = Path.of(System.getProperty("kb.fixtures", "../../shared/data/kb/banking")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir), "tau2-bench banking fixtures not found at " + dir + " (system property kb.fixtures)");
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
