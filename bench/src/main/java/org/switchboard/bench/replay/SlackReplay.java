package org.switchboard.bench.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Map;

/**
 * Command line: replays Slack Events API payloads against a running Switchboard and prints the bot's replies.
 *
 * <pre>
 * SLACK_SIGNING_SECRET=... mvn -q -pl bench compile exec:java -Dexec.args="test-fixtures/slack/customer-messages"
 * </pre>
 *
 * <p>Arguments are payload files or folders (folders: every {@code *.json} below, recursively, sorted by
 * path); options are described in {@link ReplayOptions} and printed by {@code --help}. The bot must have been
 * started with {@code SLACK_API_URL=http://127.0.0.1:<stand-in port>/api/} so that its replies reach the
 * {@link org.switchboard.bench.slackapi.SlackWebApiStandIn} this command runs, and with the same
 * {@code SLACK_SIGNING_SECRET}.
 *
 * <p>Each payload gets a fresh {@code event_id} unless {@code --keep-event-ids} is given, because the bot
 * ignores event ids it has already handled (Slack retries), which would leave a second replay unanswered.
 *
 * <p>Exit status: 0 when every posted payload got exactly one reply; 1 when one got none, an extra reply
 * arrived, or a payload could not be read, posted or was not acknowledged; 2 for a usage error (no signing
 * secret, unknown option, missing path) or when the stand-in port is taken.
 */
public final class SlackReplay {

    private SlackReplay() {
    }

    /**
     * Runs the replay and exits the JVM with its status.
     *
     * @param args options ({@code --name=value}) and payload files or folders
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the replay without exiting the JVM.
     *
     * @param args options and payload paths, as for {@link #main(String[])}
     * @param env  environment variables to read options from
     * @param out  where the report goes
     * @param err  where usage errors go
     * @return the exit status: 0, 1 or 2 as described in the class documentation
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(ReplayOptions.usage());
            return 0;
        }
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args, env);
        } catch (ReplayUsageException e) {
            err.println("SlackReplay: " + e.getMessage());
            err.print(ReplayOptions.usage());
            return 2;
        }
        try {
            return new ReplayRunner(options, env, out).run();
        } catch (BindException e) {
            err.println("SlackReplay: cannot start the Slack Web API stand-in on 127.0.0.1:" + options.standinPort()
                    + " (" + e.getMessage() + "); choose another with --standin-port or SLACK_STANDIN_PORT");
            return 2;
        } catch (NoSuchFileException e) {
            err.println("SlackReplay: no such payload file or folder: " + e.getFile());
            return 2;
        } catch (IOException e) {
            err.println("SlackReplay: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("SlackReplay: interrupted");
            return 1;
        }
    }
}
