package org.switchboard.plugins.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.plugins.commerce.replay.CommerceReplay;

/**
 * Replays every task of tau-bench's retail fixtures in the repository ({@code replay/train-subset.json}: 69 of the
 * 500 training tasks, {@code dev.json}: all 20) through the Java tools, each task from the original data, and
 * requires every output and every changed record to equal what tau-bench's own Python tools produced. The whole
 * 500-task replay is a command (docs/FIXTURES.md).
 */
class RetailReplayTest {

    private static RetailReplayDomain domain;

    @BeforeAll
    static void loadData() throws IOException {
        domain = RetailReplayDomain.bundled();
    }

    static Path fixtures() {
        Path dir = Path.of(System.getProperty("tau.fixtures", "../test-fixtures/tau")).toAbsolutePath().normalize();
        assertThat(dir).as("tau-bench replay fixtures (system property tau.fixtures)").isDirectory();
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"retail/replay/train-subset.json, 69", "retail/replay/dev.json, 20"})
    void everyTaskReproducesTauBench(String file, int tasks) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int[] counts;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            counts = CommerceReplay.run(domain, List.of(fixtures().resolve(file)), out);
        }
        String report = buffer.toString(StandardCharsets.UTF_8);
        String last = report.strip().substring(report.strip().lastIndexOf('\n') + 1);
        System.out.println(file + ": " + last + ", outputs identical as text " + counts[2] + "/" + counts[3]);
        assertThat(report).doesNotContain("FAIL");
        assertThat(last).isEqualTo("passed " + tasks + "/" + tasks);
        assertThat(counts[0]).isEqualTo(tasks);
        assertThat(counts[1]).isEqualTo(tasks);
        assertThat(counts[2]).as("outputs identical to json.dumps text").isEqualTo(counts[3]);
    }
}
