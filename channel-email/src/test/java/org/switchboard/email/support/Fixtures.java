package org.switchboard.email.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real emails of the repository ({@code test-fixtures/email}: a subset of the development corpus, with its
 * {@code INDEX.tsv}, origins and licenses), located by the {@code email.fixtures} system property.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** @return the corpus directory, holding INDEX.tsv */
    public static Path root() {
        String dir = System.getProperty("email.fixtures");
        if (dir == null) {
            throw new IllegalStateException("system property email.fixtures is not set (surefire sets it)");
        }
        Path root = Path.of(dir);
        if (!Files.isRegularFile(root.resolve("INDEX.tsv"))) {
            throw new IllegalStateException("no INDEX.tsv under " + root.toAbsolutePath());
        }
        return root;
    }

    /**
     * @param relative a path relative to the corpus root, e.g. {@code support/...}
     * @return the file's bytes
     */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param relative a path relative to the corpus root
     * @return the file as UTF-8 text
     */
    public static String text(String relative) {
        return new String(bytes(relative), java.nio.charset.StandardCharsets.UTF_8);
    }
}
