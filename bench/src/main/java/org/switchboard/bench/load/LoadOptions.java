package org.switchboard.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.bench.replay.ReplayUsageException;

/**
 * The settings of one load run, from {@code --name=value} arguments (and, for the connection settings, the same
 * environment variables the bot reads; an argument wins).
 *
 * @param url            base URL of the bot ({@code --url}, {@code SWITCHBOARD_URL}, default {@code http://localhost:9080})
 * @param secret         Slack signing secret the bot runs with ({@code --secret}, {@code SLACK_SIGNING_SECRET}); required
 * @param standinPort    port of the Slack Web API stand-in ({@code --standin-port}, default 9939)
 * @param rate           messages offered per second, open loop ({@code --rate}, default 100)
 * @param messages       messages to send ({@code --messages}, default 2000)
 * @param concurrency    HTTP requests in flight at most ({@code --concurrency}, default 32)
 * @param drainSeconds   how long to wait for the last replies after the last post ({@code --drain-seconds}, default 60)
 * @param dbUrl          JDBC URL of the bot's database for the commit-rate probe ({@code --db-url}, {@code DB_URL};
 *                       none: the probe is skipped)
 * @param dbUser         database user ({@code --db-user}, {@code DB_USER}, default root)
 * @param dbPassword     database password ({@code --db-password}, {@code DB_PASSWORD}, default empty)
 * @param commitThreads  connections of the commit-rate probe ({@code --commit-threads}, default 8)
 * @param alsoUrls       more servers of the same bot (same database), {@code --also-url}, comma-separated: messages
 *                       are spread round-robin over {@code url} and these, as a load balancer in front of them would
 * @param storm          Web API faults during the sending ({@code --storm}, see {@link FaultStorm#parse}), or null
 * @param retrySeconds   how long a post that got no answer or a non-2xx status is repeated, every 500 ms, as Slack retries
 *                       events the app did not acknowledge ({@code --retry-seconds}, default 0: never)
 * @param inputs         payload files or folders (default {@code test-fixtures/slack/customer-messages}, relative to
 *                       the working directory: the repository root when run through Maven from there)
 */
public record LoadOptions(URI url, String secret, int standinPort, double rate, int messages, int concurrency,
                          int drainSeconds, String dbUrl, String dbUser, String dbPassword, int commitThreads,
                          List<URI> alsoUrls, FaultStorm storm, int retrySeconds, List<Path> inputs) {

    private static final Set<String> NAMES = Set.of("url", "secret", "standin-port", "rate", "messages", "concurrency",
            "drain-seconds", "db-url", "db-user", "db-password", "commit-threads", "also-url", "storm", "retry-seconds");

    /**
     * @param args the command line
     * @param env  the environment
     * @return the options
     * @throws ReplayUsageException with a message for the user on an unknown or malformed option or a missing secret
     */
    public static LoadOptions parse(String[] args, Map<String, String> env) throws ReplayUsageException {
        Map<String, String> given = new HashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                if (!NAMES.contains(name) || eq < 0) {
                    throw new ReplayUsageException("unknown or valueless option " + arg + "; options: " + NAMES);
                }
                given.put(name, arg.substring(eq + 1));
            } else {
                inputs.add(Path.of(arg).toAbsolutePath());
            }
        }
        String secret = given.getOrDefault("secret", env.get("SLACK_SIGNING_SECRET"));
        if (secret == null || secret.isBlank()) {
            throw new ReplayUsageException("the signing secret is required: --secret=... or SLACK_SIGNING_SECRET");
        }
        if (inputs.isEmpty()) {
            inputs.add(Path.of("test-fixtures/slack/customer-messages").toAbsolutePath());
        }
        try {
            LoadOptions options = new LoadOptions(
                    URI.create(given.getOrDefault("url", env.getOrDefault("SWITCHBOARD_URL", "http://localhost:9080"))),
                    secret,
                    Integer.parseInt(given.getOrDefault("standin-port", "9939")),
                    Double.parseDouble(given.getOrDefault("rate", "100")),
                    Integer.parseInt(given.getOrDefault("messages", "2000")),
                    Integer.parseInt(given.getOrDefault("concurrency", "32")),
                    Integer.parseInt(given.getOrDefault("drain-seconds", "60")),
                    given.getOrDefault("db-url", env.get("DB_URL")),
                    given.getOrDefault("db-user", env.getOrDefault("DB_USER", "root")),
                    given.getOrDefault("db-password", env.getOrDefault("DB_PASSWORD", "")),
                    Integer.parseInt(given.getOrDefault("commit-threads", "8")),
                    given.containsKey("also-url") ? java.util.Arrays.stream(given.get("also-url").split(","))
                            .map(String::strip).filter(u -> !u.isEmpty()).map(URI::create).toList() : List.of(),
                    given.containsKey("storm") ? FaultStorm.parse(given.get("storm")) : null,
                    Integer.parseInt(given.getOrDefault("retry-seconds", "0")),
                    inputs);
            if (options.rate <= 0 || options.messages <= 0 || options.concurrency <= 0 || options.commitThreads <= 0) {
                throw new ReplayUsageException("rate, messages, concurrency and commit-threads must be positive");
            }
            return options;
        } catch (NumberFormatException e) {
            throw new ReplayUsageException("not a number: " + e.getMessage());
        }
    }

    /** @return the options without the secrets, for the report */
    @Override
    public String toString() {
        return "url=" + url + (alsoUrls.isEmpty() ? "" : " also=" + alsoUrls) + " rate=" + rate + "/s messages=" + messages + " concurrency=" + concurrency
                + " drain=" + drainSeconds + "s db=" + (dbUrl == null ? "(no probe)" : dbUrl) + " commit-threads="
                + commitThreads + (retrySeconds > 0 ? " retry=" + retrySeconds + "s" : "")
                + (storm == null ? "" : " storm=" + storm);
    }
}
