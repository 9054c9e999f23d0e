package org.switchboard.bench.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * One Open Liberty server of an installation ({@code wlp}) as an operating-system process: found by its command line
 * ({@code ... ws-server.jar NAME}), killed with SIGKILL ({@link ProcessHandle#destroyForcibly()}: no shutdown hook,
 * no clean undeploy, as when the machine loses power or the OOM killer strikes), started with
 * {@code wlp/bin/server start NAME} (with this process's environment plus the given variables, e.g. {@code DB_URL}
 * and the {@code SLACK_*} variables, which the server reads) and awaited on its readiness URL, stopped with
 * {@code wlp/bin/server stop NAME}.
 */
public final class LibertyProcess {

    /** How long {@code bin/server start} or {@code stop} may take: the application's start timeout plus a minute. */
    private static final long COMMAND_TIMEOUT_SECONDS = 360;

    private final Path wlp;
    private final String serverName;
    private final URI readyUrl;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param wlp        the Liberty installation, e.g. {@code server/target/liberty/wlp}
     * @param serverName the server's name, e.g. {@code switchboard}
     * @param readyUrl   its readiness URL, e.g. {@code http://localhost:9080/health/ready}
     * @throws IllegalArgumentException when {@code wlp/bin/server} does not exist
     */
    public LibertyProcess(Path wlp, String serverName, URI readyUrl) {
        this(wlp, serverName, readyUrl, Map.of());
    }

    /**
     * @param wlp         the Liberty installation, e.g. {@code server/target/liberty/wlp}
     * @param serverName  the server's name, e.g. {@code switchboard}
     * @param readyUrl    its readiness URL, e.g. {@code http://localhost:9080/health/ready}
     * @param environment variables added to this process's environment when the server is started (they override
     *                    inherited ones), e.g. {@code DB_URL}, {@code HTTP_PORT}
     * @throws IllegalArgumentException when {@code wlp/bin/server} does not exist
     */
    public LibertyProcess(Path wlp, String serverName, URI readyUrl, Map<String, String> environment) {
        if (!Files.isExecutable(wlp.resolve("bin/server"))) {
            throw new IllegalArgumentException("no Liberty installation at " + wlp + " (bin/server missing)");
        }
        this.wlp = wlp;
        this.serverName = serverName;
        this.readyUrl = readyUrl;
        this.environment = Map.copyOf(environment);
    }

    /** @return the server's JVM, when it runs */
    public Optional<ProcessHandle> find() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("ws-server.jar") && (c.endsWith(" " + serverName) || c.contains(" " + serverName + " ")))
                .orElse(false)).findFirst();
    }

    /**
     * Kills the server's JVM with SIGKILL and waits until it is gone.
     *
     * @return the killed process id
     * @throws IllegalStateException when the server does not run or does not die within 30 s
     */
    public long kill9() {
        ProcessHandle jvm = find().orElseThrow(() -> new IllegalStateException("server " + serverName + " is not running"));
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("server " + serverName + " (pid " + jvm.pid() + ") did not die", e);
        }
        return jvm.pid();
    }

    /**
     * Starts the server in the background and waits until its readiness URL answers 200.
     *
     * @param timeout how long to wait for readiness
     * @return how long it took until ready
     * @throws IOException          if {@code bin/server start} cannot run or fails
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException when it is not ready in time
     */
    public Duration startAndAwaitReady(Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        serverCommand("start");
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (isReady()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException("server " + serverName + " not ready at " + readyUrl + " within " + timeout);
    }

    /**
     * Stops the server with {@code bin/server stop} (a clean shutdown), when it runs.
     *
     * @throws IOException          if {@code bin/server stop} cannot run or fails
     * @throws InterruptedException if interrupted
     */
    public void stop() throws IOException, InterruptedException {
        if (find().isPresent()) {
            serverCommand("stop");
        }
    }

    /**
     * @return whether the readiness URL answers 200 now (a refused or unanswered request counts as not ready)
     * @throws InterruptedException if interrupted
     */
    public boolean isReady() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private void serverCommand(String action) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, serverName)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        command.environment().putAll(environment);
        Process process = command.start();
        // `server start` returns once the server reports started, which waits for the application up to server.xml's
        // applicationManager startTimeout (5 minutes): a busy machine can need all of it.
        if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("bin/server " + action + " " + serverName + " failed (exit "
                    + (process.isAlive() ? "none" : process.exitValue()) + ")");
        }
    }
}
