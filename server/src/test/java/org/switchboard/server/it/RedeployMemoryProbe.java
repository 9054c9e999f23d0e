package org.switchboard.server.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measurement, not part of the suite (its name does not end in {@code IT}): deploys the WAR into the IT Liberty
 * {@code probe.deploys} times (default 6) and after each deployment, once {@code jcmd <pid> GC.run} has run, prints
 * and writes to {@code target/redeploy-memory.csv} the Liberty JVM's resident set (VmRSS, kB), the number of copies
 * of ONNX Runtime's and the tokenizer's native libraries mapped (a copy stays while the class loader that loaded it is
 * alive), its thread count and the number of Liberty application class loaders alive. {@code -Dprobe.nomodel=true}
 * deploys with {@code switchboard.kb.embedding-model=none}. Run it alone (docs/BENCHMARKS.md, "Memory across
 * redeployments"):
 * {@code ./mvnw -o -B -pl server -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=RedeployMemoryProbe -Dconsole.skip=true}. Linux only (/proc).
 */
@ExtendWith(ArquillianExtension.class)
class RedeployMemoryProbe {

    private static final String APP = "probe";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Boolean.getBoolean("probe.nomodel")
                ? ItEnvironment.warWithConfig("switchboard.kb.embedding-model=none") : ItEnvironment.war();
    }

    @Test
    void memoryAfterEachDeployment() throws IOException, InterruptedException {
        Restartable app = new Restartable(deployer, APP);
        long pid = libertyPid();
        StringBuilder table = new StringBuilder("deploy,rss_kb,onnx_libraries,tokenizer_libraries,threads,app_class_loaders\n");
        for (int i = 1; i <= Integer.getInteger("probe.deploys", 6); i++) {
            app.deploy();
            jcmd(pid, "GC.run");
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
            String row = i + "," + status(pid, "VmRSS") + "," + mapped(pid, "libonnxruntime.so") + ","
                    + mapped(pid, "tokenizers") + "," + status(pid, "Threads") + "," + applicationClassLoaders(pid);
            System.out.println("redeploy-memory " + row);
            table.append(row).append('\n');
            Files.writeString(Path.of("target", "redeploy-memory.csv"), table);
            app.undeploy();
        }
    }

    /** @return the IT Liberty of this build: the java process whose command line names this module's target/liberty */
    private static long libertyPid() throws IOException {
        String ours = Path.of("target", "liberty").toAbsolutePath().toString();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> commandLine(p).contains(ours) && commandLine(p).contains("ws-server"))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Liberty process under " + ours));
        }
    }

    private static String commandLine(Path process) {
        try {
            return Files.readString(process.resolve("cmdline"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    private static String status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith(field + ":")).map(l -> l.replaceAll("\\D", "")).findFirst().orElse("?");
    }

    private static long mapped(long pid, String library) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "maps")).stream().filter(l -> l.contains(library))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).distinct().count();
    }

    private static String applicationClassLoaders(long pid) throws IOException, InterruptedException {
        return jcmd(pid, "GC.class_histogram").lines()
                .filter(l -> l.endsWith(" com.ibm.ws.classloading.internal.AppClassLoader"))
                .map(l -> l.trim().split("\\s+")[1]).findFirst().orElse("?");
    }
}
