package org.switchboard.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.switchboard.bench.replay.PayloadLoader;
import org.switchboard.bench.replay.ReplayUsageException;
import org.switchboard.bench.replay.SlackPayload;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

/**
 * Command line: the Slack load benchmark (issue 7). Posts signed real Events API payloads (by default the 120
 * customer messages of {@code test-fixtures/slack/customer-messages}, cycled, each in a channel of its own) at a
 * chosen rate and concurrency against a running bot, captures the replies with the Slack Web API stand-in, and
 * prints: sent/acknowledged/errors, answered once, lost and duplicated replies, offered and sustained messages per
 * second, ack latency and reply latency p50/p90/p99. With a database URL it then measures the raw durable commit
 * rate of that database ({@link CommitRateProbe}) and prints our throughput as a share of it. The last line is the
 * headline.
 *
 * <pre>
 * SLACK_SIGNING_SECRET=dev-secret mvn -q -pl bench compile exec:java \
 *   -Dexec.mainClass=org.switchboard.bench.load.SlackLoad \
 *   -Dexec.args="--rate=200 --messages=3000 --db-url=jdbc:mariadb://127.0.0.1:3307/switchboard"
 * </pre>
 * The bot must run with {@code SLACK_API_URL=http://127.0.0.1:9939/api/} and the same signing secret. Options:
 * {@link LoadOptions}. Exit status 0 when nothing was lost or duplicated, 1 otherwise, 2 on a usage error.
 */
public final class SlackLoad {

    private SlackLoad() {
    }

    /**
     * @param args options and payload paths
     * @throws Exception if the run cannot start (port taken, payloads unreadable)
     */
    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.getenv(), System.out));
    }

    /**
     * @param inputs payload files or folders
     * @return the customer messages among them: {@code message} and {@code app_mention} event callbacks without a
     *         subtype and not from a bot, the templates a load run cycles through
     * @throws IOException if a payload cannot be read
     */
    public static List<SlackPayload> customerMessages(List<Path> inputs) throws IOException {
        List<SlackPayload> templates = new ArrayList<>();
        for (Path file : PayloadLoader.collect(inputs)) {
            SlackPayload payload = PayloadLoader.load(file);
            if ("event_callback".equals(payload.type()) && List.of("message", "app_mention").contains(payload.eventType())
                    && payload.subtype() == null && payload.botId() == null) {
                templates.add(payload);
            }
        }
        return templates;
    }

    /**
     * @param args options and payload paths
     * @param env  environment variables
     * @param out  where the report goes
     * @return the exit status
     * @throws IOException          if the payloads cannot be read or the stand-in port is taken
     * @throws InterruptedException if interrupted
     * @throws SQLException         if the commit-rate probe cannot use the database
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out)
            throws IOException, InterruptedException, SQLException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args, env);
        } catch (ReplayUsageException e) {
            out.println("usage error: " + e.getMessage());
            return 2;
        }
        List<SlackPayload> templates = customerMessages(options.inputs());
        if (templates.isEmpty()) {
            out.println("usage error: no customer message payloads in " + options.inputs());
            return 2;
        }
        out.println("load: " + options + "; " + templates.size() + " distinct payloads");
        LoadResult result;
        try (SlackWebApiStandIn standIn = SlackWebApiStandIn.start(options.standinPort())) {
            result = new LoadRun(options, templates).run(standIn);
            if (options.storm() != null) {
                out.printf(Locale.ROOT, "storm (%s): %d chat.postMessage calls answered with an injected error;"
                        + " %d checks whether an unconfirmed reply had arrived (conversations.replies)%n",
                        options.storm(), standIn.rejectedAttempts().size(), standIn.calls("conversations.replies").size());
            }
        }
        result.print(out);
        String headline = String.format(Locale.ROOT, "Slack load: %.1f msg/s sustained, ack p99 %.1f ms, reply p99 %.1f ms,"
                        + " lost %d, duplicated %d", result.sustainedPerSecond(), result.ackLatency().percentile(99),
                result.replyLatency().percentile(99), result.lost(), result.duplicated());
        if (options.dbUrl() != null && !options.dbUrl().isBlank()) {
            double commits = new CommitRateProbe(options.dbUrl(), options.dbUser(), options.dbPassword())
                    .commitsPerSecond(options.commitThreads(), Duration.ofSeconds(10));
            out.printf(Locale.ROOT, "raw durable commit rate of the database (%d connections, one row per commit): "
                    + "%.0f commits/s%n", options.commitThreads(), commits);
            headline += String.format(Locale.ROOT, "; %.1f %% of the database's %.0f commits/s",
                    100 * result.sustainedPerSecond() / commits, commits);
        }
        out.println(headline);
        return result.lost() == 0 && result.duplicated() == 0 && result.errors() == 0 ? 0 : 1;
    }
}
