package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeDocumentLoaderTest {

    private final KnowledgeDocumentLoader loader = new KnowledgeDocumentLoader();

    @TempDir
    Path dir;

    @Test
    void readsEveryJsonFileOfADirectorySortedByName() throws IOException {
        write(dir.resolve("b.json"), doc("b", "Internal: How agents reset passcodes", "## Steps\n1. Verify"));
        write(dir.resolve("a.json"), doc("a", "Closing an account", "## How\nCall us. Ünïcödé ✓"));
        write(dir.resolve("notes.txt"), "not a document");

        List<KnowledgeDocument> documents = loader.fromDirectory(dir);

        assertThat(documents).extracting(KnowledgeDocument::id).containsExactly("a", "b");
        assertThat(documents.get(0)).isEqualTo(new KnowledgeDocument("a", "Closing an account", "## How\nCall us. Ünïcödé ✓", false));
        assertThat(documents.get(1).internal()).isTrue();
    }

    @Test
    void prefersTheDocumentsSubdirectoryWhenThereIsOne() throws IOException {
        Files.createDirectory(dir.resolve("documents"));
        write(dir.resolve("documents/x.json"), doc("x", "X", "x"));
        write(dir.resolve("ignored.json"), "{ not json");

        assertThat(loader.fromDirectory(dir)).extracting(KnowledgeDocument::id).containsExactly("x");
    }

    @Test
    void failsWithTheFileNameOnAMalformedDocument() throws IOException {
        write(dir.resolve("ok.json"), doc("ok", "OK", "fine"));
        write(dir.resolve("broken.json"), "{\"id\": \"broken\", \"title\": ");

        assertThatThrownBy(() -> loader.fromDirectory(dir)).isInstanceOf(IOException.class).hasMessageContaining("broken.json");
    }

    @Test
    void failsWhenAPropertyIsMissingOrNotAString() {
        assertThatThrownBy(() -> parse("{\"id\": \"a\", \"title\": \"t\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("\"content\"");
        assertThatThrownBy(() -> parse("{\"id\": 7, \"title\": \"t\", \"content\": \"c\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("\"id\"");
        assertThatThrownBy(() -> parse("{\"id\": \" \", \"title\": \"t\", \"content\": \"c\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> parse("[1, 2]")).isInstanceOf(IOException.class);
    }

    @Test
    void failsOnDuplicateIdsAnEmptyDirectoryOrAMissingOne() throws IOException {
        assertThatThrownBy(() -> loader.fromDirectory(dir)).isInstanceOf(IOException.class).hasMessageContaining("No *.json");
        assertThatThrownBy(() -> loader.fromDirectory(dir.resolve("missing"))).isInstanceOf(IOException.class);

        write(dir.resolve("one.json"), doc("same", "One", "1"));
        write(dir.resolve("two.json"), doc("same", "Two", "2"));
        assertThatThrownBy(() -> loader.fromDirectory(dir)).isInstanceOf(IOException.class).hasMessageContaining("same");
    }

    @Test
    void classpathLoadingNeedsTheIndexFile() {
        assertThatThrownBy(() -> loader.fromClasspath(getClass().getClassLoader(), "kb/no-such-kb"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("kb/no-such-kb/index.txt");
    }

    private KnowledgeDocument parse(String json) throws IOException {
        return loader.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String doc(String id, String title, String content) {
        return jakarta.json.Json.createObjectBuilder().add("id", id).add("title", title).add("content", content).build().toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
