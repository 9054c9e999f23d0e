package org.switchboard.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the raw durable commit rate of a MariaDB database: {@code threads} connections each insert one small row
 * and commit, as fast as they can, for a fixed time (the same {@code innodb_flush_log_at_trx_commit} the bot runs
 * with, so each commit is as durable as an inbox write). This is the physical ceiling of a design that commits
 * every message. The probe's table ({@value #TABLE}) is created if missing and dropped afterwards.
 */
public final class CommitRateProbe {

    static final String TABLE = "bench_commit_probe";

    private final String url;
    private final String user;
    private final String password;

    /**
     * @param url      JDBC URL of the database, e.g. {@code jdbc:mariadb://127.0.0.1:3307/switchboard}
     * @param user     database user
     * @param password database password (may be empty)
     */
    public CommitRateProbe(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @param threads  concurrent connections, at least 1
     * @param duration how long to commit
     * @return commits per second over all connections
     * @throws SQLException         if the database cannot be reached or the table cannot be created
     * @throws InterruptedException if interrupted while waiting for the connections
     */
    public double commitsPerSecond(int threads, Duration duration) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(200) NOT NULL) ENGINE=InnoDB");
        }
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, user, password);
                         PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (payload) VALUES (?)")) {
                        c.setAutoCommit(false);
                        while (System.nanoTime() < deadline) {
                            insert.setString(1, "probe " + commits.get());
                            insert.executeUpdate();
                            c.commit();
                            commits.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
        }
        return commits.get() / seconds;
    }
}
