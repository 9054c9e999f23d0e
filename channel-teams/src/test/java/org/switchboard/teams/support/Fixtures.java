package org.switchboard.teams.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Teams activities in the repository's {@code test-fixtures/teams} (system property {@code teams.fixtures},
 * set by surefire; origin and licenses in {@code SOURCES.md} there).
 */
public final class Fixtures {

    /** The fixture root. */
    public static final Path ROOT = Path.of(System.getProperty("teams.fixtures", "../test-fixtures/teams"));

    private Fixtures() {
    }

    /**
     * @param relative a path below the root
     * @return the file's text
     */
    public static String read(String relative) {
        return read(ROOT.resolve(relative));
    }

    /**
     * @param file a file
     * @return its text
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param relative a folder below the root
     * @return every {@code .json} file below it, recursively, sorted
     */
    public static List<Path> jsonFiles(String relative) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(relative))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
