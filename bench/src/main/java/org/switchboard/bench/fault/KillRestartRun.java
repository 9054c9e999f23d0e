package org.switchboard.bench.fault;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.switchboard.bench.load.LoadOptions;
import org.switchboard.bench.load.LoadResult;
import org.switchboard.bench.load.LoadRun;
import org.switchboard.bench.load.SlackLoad;
import org.switchboard.bench.replay.ReplayUsageException;
import org.switchboard.bench.replay.SlackPayload;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

/**
 * kill -9 during a stream of messages (RELIABILITY case 12), with real processes: a load run ({@link LoadRun}, with
 * Slack-like retries of unacknowledged events) against a running Liberty server; after {@code --kill-after} seconds
 * the server's JVM is killed with SIGKILL and started again with {@code wlp/bin/server start}; the run then waits for
 * the replies and reports lost and duplicated ones (checked at the Slack Web API stand-in, which is the customer's
 * view). Exit status 0 only when every acknowledged message got exactly one reply.
 *
 * <pre>
 * # terminal 1: the bot, pointed at the stand-in (port 9939), on a MariaDB of your own
 * DB_URL=jdbc:mariadb://127.0.0.1:3306/switchboard_bench SLACK_SIGNING_SECRET=dev-secret SLACK_BOT_TOKEN=xoxb-local \
 *   SLACK_API_URL=http://127.0.0.1:9939/api/ mvn -B -DskipTests -Prun package
 * # terminal 2: the same environment (the restarted server inherits it)
 * DB_URL=... SLACK_SIGNING_SECRET=dev-secret SLACK_BOT_TOKEN=xoxb-local SLACK_API_URL=http://127.0.0.1:9939/api/ \
 *   mvn -q -pl bench exec:java -Dexec.mainClass=org.switchboard.bench.fault.KillRestartRun \
 *   -Dexec.args="--rate=40 --messages=1500 --kill-after=12 --retry-seconds=120 --drain-seconds=180"
 * </pre>
 * Extra options: {@code --kill-after=SECONDS} (default 10), {@code --wlp=PATH} (default
 * {@code server/target/liberty/wlp}), {@code --server=NAME} (default {@code switchboard}); the others are
 * {@link LoadOptions}.
 */
public final class KillRestartRun {

    private KillRestartRun() {
    }

    /**
     * @param args options and payload paths
     * @throws Exception if the run cannot start
     */
    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.getenv(), System.out));
    }

    /**
     * @param args options and payload paths
     * @param env  environment variables
     * @param out  where the report goes
     * @return 0 when nothing was lost or duplicated, 1 otherwise, 2 on a usage error
     * @throws Exception if the run cannot start or the server cannot be restarted
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        List<String> loadArgs = new ArrayList<>();
        int killAfter = 10;
        Path wlp = Path.of("server/target/liberty/wlp");
        String server = "switchboard";
        for (String arg : args) {
            if (arg.startsWith("--kill-after=")) {
                killAfter = Integer.parseInt(arg.substring("--kill-after=".length()));
            } else if (arg.startsWith("--wlp=")) {
                wlp = Path.of(arg.substring("--wlp=".length()));
            } else if (arg.startsWith("--server=")) {
                server = arg.substring("--server=".length());
            } else {
                loadArgs.add(arg);
            }
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(loadArgs.toArray(String[]::new), env);
        } catch (ReplayUsageException e) {
            out.println("usage error: " + e.getMessage());
            return 2;
        }
        List<SlackPayload> templates = SlackLoad.customerMessages(options.inputs());
        LibertyProcess liberty = new LibertyProcess(wlp.toAbsolutePath(), server,
                URI.create(options.url().toString().replaceAll("/$", "") + "/health/ready"));
        if (liberty.find().isEmpty()) {
            out.println("usage error: server " + server + " of " + wlp + " is not running; start it first");
            return 2;
        }
        out.println("kill -9 run: " + options + "; kill after " + killAfter + " s");
        LoadResult result;
        Duration downtime;
        ExecutorService load = Executors.newSingleThreadExecutor();
        try (SlackWebApiStandIn standIn = SlackWebApiStandIn.start(options.standinPort())) {
            Future<LoadResult> running = load.submit(() -> new LoadRun(options, templates).run(standIn));
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(killAfter).toNanos()); // the fault's moment
            int before = standIn.messages().size();
            long pid = liberty.kill9();
            out.printf(Locale.ROOT, "killed the server's JVM (pid %d) with SIGKILL after %d s; %d replies delivered"
                    + " before%n", pid, killAfter, before);
            downtime = liberty.startAndAwaitReady(Duration.ofMinutes(5));
            out.printf(Locale.ROOT, "started again: ready after %.1f s%n", downtime.toMillis() / 1000.0);
            result = running.get();
        } catch (ExecutionException e) {
            throw new IOException("the load run failed", e.getCause());
        } finally {
            load.shutdownNow();
        }
        result.print(out);
        out.printf(Locale.ROOT, "kill -9 under load: %d sent, %d acknowledged, %d answered, lost %d, duplicated %d;"
                        + " restart to ready %.1f s%n", result.sentAt().length, result.acknowledged(), result.answered(),
                result.lost(), result.duplicated(), downtime.toMillis() / 1000.0);
        return result.lost() == 0 && result.duplicated() == 0 ? 0 : 1;
    }
}
