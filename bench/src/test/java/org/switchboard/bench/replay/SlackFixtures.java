package org.switchboard.bench.replay;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Locates the real Slack payloads in the repository ({@code test-fixtures/slack}). */
final class SlackFixtures {

    private SlackFixtures() {
    }

    /** {@code -Dslack.fixtures=...} (set by the pom), else {@code ../test-fixtures/slack} from the module. */
    static Path root() {
        Path root = Path.of(System.getProperty("slack.fixtures", "../test-fixtures/slack")).toAbsolutePath().normalize();
        assertThat(Files.isDirectory(root)).as("Slack fixtures folder %s", root).isTrue();
        return root;
    }

    static Path resolve(String relative) {
        Path path = root().resolve(relative);
        assertThat(Files.exists(path)).as("fixture %s", path).isTrue();
        return path;
    }
}
