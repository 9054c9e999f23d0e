package org.switchboard.plugins.airline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.plugins.commerce.replay.CommerceReplay;

/**
 * Replays every task of tau-bench's airline fixture ({@code airline/replay/part_a.json}: the first 25 test
 * tasks) through the Java tools, each task from the original data, and requires every output and every changed
 * record to equal what tau-bench's own Python tools produced.
 */
class AirlineReplayTest {

    @Test
    void everyTaskOfPartAReproducesTauBench() throws IOException {
        Path dir = Path.of(System.getProperty("tau.fixtures", "../test-fixtures/tau")).toAbsolutePath().normalize();
        assertThat(dir).as("tau-bench replay fixtures (system property tau.fixtures)").isDirectory();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int[] counts;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            counts = CommerceReplay.run(AirlineReplayDomain.bundled(), List.of(dir.resolve("airline/replay/part_a.json")), out);
        }
        String report = buffer.toString(StandardCharsets.UTF_8);
        System.out.println(report.lines().filter(l -> l.contains("FAIL") || l.startsWith("    ") || l.startsWith("passed") || l.startsWith("outputs"))
                .reduce("airline/replay/part_a.json:", (a, b) -> a + "\n" + b));
        assertThat(report).doesNotContain("FAIL");
        assertThat(counts[0]).isEqualTo(25);
        assertThat(counts[1]).isEqualTo(25);
        assertThat(counts[2]).as("outputs identical to json.dumps text").isEqualTo(counts[3]);
    }
}
