package org.switchboard.bench.replay;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one replay run, read from {@code --name=value} arguments and environment variables (an
 * argument wins over the variable).
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>argument</th><th>environment</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code --url=URL}</td><td>{@code SWITCHBOARD_URL}</td><td>{@code http://localhost:9080}</td>
 *       <td>base URL of the running bot; payloads go to {@code URL/slack/events}</td></tr>
 *   <tr><td>{@code --secret=S}</td><td>{@code SLACK_SIGNING_SECRET}</td><td>(required)</td>
 *       <td>the signing secret the bot was started with</td></tr>
 *   <tr><td>{@code --standin-port=P}</td><td>{@code SLACK_STANDIN_PORT}</td><td>9939</td>
 *       <td>port of the Slack Web API stand-in (0 = any free port)</td></tr>
 *   <tr><td>{@code --timeout-seconds=N}</td><td></td><td>30</td>
 *       <td>how long to wait for each acknowledgement and each reply</td></tr>
 *   <tr><td>{@code --keep-event-ids}</td><td></td><td>off</td>
 *       <td>send payloads byte for byte, with their own {@code event_id}s</td></tr>
 *   <tr><td>{@code --full}</td><td></td><td>off</td>
 *       <td>print whole customer texts, replies and reasons instead of their first characters</td></tr>
 *   <tr><td>{@code --admin-user=U}</td><td>{@code ADMIN_USER}</td><td>{@code admin}</td>
 *       <td>the bot's admin, to read what it did with each message ({@code /api/admin/inbox})</td></tr>
 *   <tr><td>{@code --admin-password=P}</td><td>{@code ADMIN_PASSWORD}</td><td>(none: no outcomes)</td>
 *       <td>the bot's admin password</td></tr>
 * </table>
 * Every other argument is a payload file or folder; relative paths are resolved against the working
 * directory ({@code user.dir}), which under {@code mvn exec:java} is the directory {@code mvn} was started in.
 *
 * @param url          base URL of the bot, absolute http(s), without trailing slash
 * @param secret       Slack signing secret; never printed ({@link #toString()} hides it)
 * @param standinPort  TCP port for the Slack Web API stand-in, 0–65535
 * @param timeout      per-payload wait for the acknowledgement and, separately, for the reply; positive
 * @param keepEventIds true to keep each payload's {@code event_id} (and its exact bytes)
 * @param inputs       payload files and folders, absolute, in command-line order; not empty
 * @param full         true to print whole texts
 * @param adminUser    the bot's admin user, or null for {@code ADMIN_USER} (default {@code admin})
 * @param adminPassword the bot's admin password, or null for {@code ADMIN_PASSWORD}; never printed
 */
public record ReplayOptions(URI url, String secret, int standinPort, Duration timeout, boolean keepEventIds,
                            List<Path> inputs, boolean full, String adminUser, String adminPassword) {

    /** Default bot base URL (Open Liberty's default HTTP port). */
    public static final String DEFAULT_URL = "http://localhost:9080";
    /** Default port of the Slack Web API stand-in. */
    public static final int DEFAULT_STANDIN_PORT = 9939;
    /** Default per-payload timeout in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /**
     * Validates and freezes the components.
     *
     * @param url the url component, see the record description
     * @param secret the secret component, see the record description
     * @param standinPort the standinPort component, see the record description
     * @param timeout the timeout component, see the record description
     * @param keepEventIds the keepEventIds component, see the record description
     * @param inputs the inputs component, see the record description
     * @param full the full component, see the record description
     * @param adminUser the adminUser component, see the record description
     * @param adminPassword the adminPassword component, see the record description
     * @throws NullPointerException if url, secret, timeout or inputs is null
     */
    public ReplayOptions {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timeout, "timeout");
        inputs = List.copyOf(inputs);
    }

    /**
     * Reads the options.
     *
     * @param args the command-line arguments
     * @param env  the environment (normally {@link System#getenv()})
     * @return the options, with input paths made absolute against {@code user.dir}
     * @throws ReplayUsageException with a message for the user when the secret is missing, an option is
     *                              unknown or malformed, or no payload path was given
     */
    public static ReplayOptions parse(String[] args, Map<String, String> env) throws ReplayUsageException {
        String url = env.getOrDefault("SWITCHBOARD_URL", DEFAULT_URL);
        String secret = env.get("SLACK_SIGNING_SECRET");
        String port = env.getOrDefault("SLACK_STANDIN_PORT", Integer.toString(DEFAULT_STANDIN_PORT));
        String timeout = Integer.toString(DEFAULT_TIMEOUT_SECONDS);
        boolean keepEventIds = false;
        boolean full = false;
        String adminUser = null;
        String adminPassword = null;
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                inputs.add(Path.of(arg).toAbsolutePath().normalize());
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1);
            switch (name) {
                case "url" -> url = required(name, value);
                case "secret" -> secret = required(name, value);
                case "standin-port" -> port = required(name, value);
                case "timeout-seconds" -> timeout = required(name, value);
                case "keep-event-ids" -> keepEventIds = value == null || Boolean.parseBoolean(value);
                case "full" -> full = value == null || Boolean.parseBoolean(value);
                case "admin-user" -> adminUser = required(name, value);
                case "admin-password" -> adminPassword = required(name, value);
                default -> throw new ReplayUsageException("unknown option --" + name);
            }
        }
        if (secret == null || secret.isBlank()) {
            throw new ReplayUsageException("no Slack signing secret: set SLACK_SIGNING_SECRET (or pass --secret=...)"
                    + " to the signing secret the bot was started with");
        }
        if (inputs.isEmpty()) {
            throw new ReplayUsageException("no payload files or folders given");
        }
        return new ReplayOptions(parseUrl(url), secret, parsePort(port),
                Duration.ofSeconds(parsePositive("--timeout-seconds", timeout)), keepEventIds, inputs, full, adminUser,
                adminPassword);
    }

    /**
     * The command's usage text, one option per line.
     *
     * @return a multi-line help text
     */
    public static String usage() {
        return """
                usage: SlackReplay [options] PAYLOAD_FILE_OR_FOLDER...
                  Posts Slack Events API payloads (folders: every *.json, recursively, sorted by path) to a running
                  Switchboard, signed like Slack, and prints the reply the bot posts to the Slack Web API stand-in.
                  --url=URL              bot base URL, env SWITCHBOARD_URL (default %s)
                  --secret=SECRET        signing secret the bot uses, env SLACK_SIGNING_SECRET (required)
                  --standin-port=PORT    Slack Web API stand-in port, env SLACK_STANDIN_PORT (default %d);
                                         start the bot with SLACK_API_URL=http://127.0.0.1:PORT/api/
                  --timeout-seconds=N    wait for each ack and each reply (default %d)
                  --keep-event-ids       keep the payloads' event_id; by default each post gets a fresh one so that
                                         a bot that drops already-seen event ids (Slack retries) answers a replay again
                  --full                 print whole texts, replies and reasons (default: their first characters)
                  --admin-user=USER      the bot's admin, env ADMIN_USER (default admin)
                  --admin-password=PW    the bot's admin password, env ADMIN_PASSWORD; with it the replay reads what the
                                         bot did with each message (/api/admin/inbox) and prints one line per outcome
                exit status: 0 every posted payload got exactly one reply, 1 otherwise, 2 usage error
                """.formatted(DEFAULT_URL, DEFAULT_STANDIN_PORT, DEFAULT_TIMEOUT_SECONDS);
    }

    /**
     * A description that does not reveal the secret.
     *
     * @return the options with {@code secret=***}
     */
    @Override
    public String toString() {
        return "ReplayOptions[url=" + url + ", secret=***, standinPort=" + standinPort + ", timeout=" + timeout
                + ", keepEventIds=" + keepEventIds + ", inputs=" + inputs + ", full=" + full + ", adminUser=" + adminUser
                + ", adminPassword=" + (adminPassword == null ? "null" : "***") + "]";
    }

    private static String required(String name, String value) throws ReplayUsageException {
        if (value == null || value.isBlank()) {
            throw new ReplayUsageException("option --" + name + " needs a value: --" + name + "=...");
        }
        return value;
    }

    private static URI parseUrl(String value) throws ReplayUsageException {
        String trimmed = value.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new ReplayUsageException("bot URL must be an absolute http(s) URL, was " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ReplayUsageException("bot URL is not a valid URL: " + value);
        }
    }

    private static int parsePort(String value) throws ReplayUsageException {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReplayUsageException("stand-in port must be a number 0..65535, was " + value);
    }

    private static long parsePositive(String name, String value) throws ReplayUsageException {
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReplayUsageException(name + " must be a positive whole number, was " + value);
    }
}
