package org.switchboard.plugins.commerce.replay;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.switchboard.plugins.airline.AirlineReplayDomain;
import org.switchboard.plugins.retail.RetailReplayDomain;

/**
 * The replay command: {@code CommerceReplay [--domain=retail|airline] FIXTURE...}. Prints one line per task
 * ({@code task 12: pass (3 calls)} or {@code task 12: FAIL ...} with what differed), then how many outputs
 * were identical to tau-bench's as text ({@code outputs identical as text: X/Y}; JSON outputs only need to be
 * equal as JSON to pass) and, last, {@code passed P/N}; exits 0 only when every task passed.
 *
 * <p>Without {@code --domain}, a fixture path containing {@code airline} selects the airline domain, any other
 * the retail domain. The data is the sample bundled in the jar.
 */
public final class CommerceReplay {

    private CommerceReplay() {
    }

    /**
     * @param args fixture files, optionally {@code --domain=retail} or {@code --domain=airline}
     * @throws IOException if a fixture or the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        String domainName = null;
        List<Path> fixtures = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--domain=")) {
                domainName = arg.substring("--domain=".length());
            } else {
                fixtures.add(Path.of(arg));
            }
        }
        if (fixtures.isEmpty()) {
            System.err.println("usage: CommerceReplay [--domain=retail|airline] FIXTURE.json...");
            System.exit(2);
        }
        if (domainName == null) {
            domainName = fixtures.get(0).toString().contains("airline") ? "airline" : "retail";
        }
        int[] counts = run(domain(domainName), fixtures, System.out);
        System.exit(counts[0] == counts[1] ? 0 : 1);
    }

    /**
     * @param name a domain name
     * @return the domain with its bundled data
     * @throws IOException              if the bundled data cannot be read
     * @throws IllegalArgumentException for an unknown domain
     */
    public static ReplayDomain domain(String name) throws IOException {
        if ("retail".equals(name)) {
            return RetailReplayDomain.bundled();
        }
        if ("airline".equals(name)) {
            return AirlineReplayDomain.bundled();
        }
        throw new IllegalArgumentException("unknown domain " + name + " (known: retail, airline)");
    }

    /**
     * Replays every task of the files and prints the per-task lines and {@code passed P/N}.
     *
     * @param domain   the domain
     * @param fixtures fixture files
     * @param out      where to print
     * @return {@code {passed, total, calls identical as text, calls}}
     * @throws IOException if a fixture cannot be read
     */
    public static int[] run(ReplayDomain domain, List<Path> fixtures, PrintStream out) throws IOException {
        ReplayRunner runner = new ReplayRunner(domain);
        int passed = 0;
        int total = 0;
        int identical = 0;
        int calls = 0;
        for (Path fixture : fixtures) {
            for (JsonObject task : ReplayRunner.readTasks(fixture)) {
                TaskOutcome outcome = runner.replay(task);
                total++;
                identical += outcome.identical();
                calls += outcome.calls();
                if (outcome.passed()) {
                    passed++;
                    out.printf("%s task %d: pass (%d calls)%n", fixture.getFileName(), outcome.taskIndex(),
                            outcome.calls());
                } else {
                    out.printf("%s task %d: FAIL%n", fixture.getFileName(), outcome.taskIndex());
                    outcome.mismatches().forEach(m -> out.println("    " + m));
                }
            }
        }
        out.printf("outputs identical as text: %d/%d%n", identical, calls);
        out.printf("passed %d/%d%n", passed, total);
        return new int[] {passed, total, identical, calls};
    }
}
