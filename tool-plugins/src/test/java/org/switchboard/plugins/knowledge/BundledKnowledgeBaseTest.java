package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Rho-Bank sample shipped in {@code src/main/resources/kb/rho-bank}: complete, listed, unchanged, attributed. */
class BundledKnowledgeBaseTest {

    private static final Path BUNDLE = Path.of(System.getProperty("basedir", "."), "src/main/resources/kb/rho-bank");

    @Test
    void indexTxtListsExactlyTheFilesOfTheDocumentsFolder() throws IOException {
        List<String> listed = Files.readAllLines(BUNDLE.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        List<String> onDisk;
        try (Stream<Path> files = Files.list(BUNDLE.resolve("documents"))) {
            onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertThat(onDisk).hasSize(698).allMatch(name -> name.endsWith(".json"));
        assertThat(listed)
                .as("index.txt must list every file of documents/ once; regenerate it with "
                        + "(cd documents && ls -1 *.json | LC_ALL=C sort) > index.txt")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void loadsAll698DocumentsFromTheClasspathWithIdsMatchingFileNames() throws IOException {
        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().bundled();
        List<String> listed = Files.readAllLines(BUNDLE.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(name -> name.strip().replaceFirst("\\.json$", ""))
                .toList();

        assertThat(documents).hasSize(698);
        assertThat(documents).extracting(KnowledgeDocument::id).containsExactlyElementsOf(listed);
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.title()).isNotBlank();
            assertThat(d.content()).isNotBlank();
        });
        assertThat(documents.stream().filter(KnowledgeDocument::internal).count())
                .as("47 'Internal:' titles + 11 '(Internal)' titles").isEqualTo(58);
    }

    @Test
    void documentsAreByteIdenticalToTheTau2BenchCopy() throws IOException {
        Path upstream = Fixtures.banking().resolve("documents");
        try (Stream<Path> files = Files.list(BUNDLE.resolve("documents"))) {
            for (Path bundled : files.toList()) {
                Path original = upstream.resolve(bundled.getFileName().toString());
                assertThat(original).as("upstream copy of " + bundled.getFileName()).exists();
                assertThat(Files.mismatch(bundled, original)).as(bundled.getFileName().toString()).isEqualTo(-1L);
            }
        }
    }

    @Test
    void sourcesMdAttributesTheSourceAndCarriesTheMitLicense() throws IOException {
        String sources = Files.readString(BUNDLE.resolve("SOURCES.md"), StandardCharsets.UTF_8);

        assertThat(sources)
                .contains("github.com/sierra-research/tau2-bench")
                .contains("a2c024725189473d2d7cea3a5cfdbcc67478e41f")
                .contains("arXiv:2603.04370")
                .contains("arXiv:2506.07982")
                .contains("Copyright (c) 2025 Sierra Research")
                .contains("Permission is hereby granted, free of charge")
                .contains("THE SOFTWARE IS PROVIDED \"AS IS\"");
    }
}
