package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

    /**
     * The upstream copy is represented by {@code documents.sha256} in the banking fixtures: the SHA-256 of every
     * article of tau2-bench's {@code documents/} at the pinned commit ({@code sha256sum} format), so the repository
     * does not carry the 698 articles twice.
     */
    @Test
    void documentsAreByteIdenticalToTheTau2BenchCopy() throws IOException, NoSuchAlgorithmException {
        Map<String, String> upstream = new HashMap<>();
        for (String line : Files.readAllLines(Fixtures.banking().resolve("documents.sha256"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] digestAndName = line.strip().split("\\s+", 2);
                upstream.put(digestAndName[1], digestAndName[0]);
            }
        }
        try (Stream<Path> files = Files.list(BUNDLE.resolve("documents"))) {
            for (Path bundled : files.toList()) {
                String name = bundled.getFileName().toString();
                assertThat(upstream).as("upstream copy of " + name).containsKey(name);
                String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(bundled)));
                assertThat(digest).as(name).isEqualTo(upstream.get(name));
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
