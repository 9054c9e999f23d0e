package org.switchboard.server.schema;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.switchboard.core.privacy.Logs;

/**
 * Applies the Flyway migrations in {@code classpath:db/migration} to {@code jdbc/switchboard} when the application
 * starts (before the conversation worker and the outbox dispatcher). If the database is not reachable then, the
 * failure is logged, readiness reports DOWN, and every readiness check tries again until it succeeds.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logs.logger(SchemaMigrator.class);

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    private volatile boolean migrated;
    private volatile String lastError;

    void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION) Startup startup) {
        ensureMigrated();
    }

    /**
     * Migrates the schema unless that already succeeded.
     *
     * @return true when the schema is at the latest version
     */
    public synchronized boolean ensureMigrated() {
        if (migrated) {
            return true;
        }
        try {
            long start = System.nanoTime();
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult result = flyway.migrate();
            migrated = true;
            lastError = null;
            // targetSchemaVersion is null when nothing was pending (every restart): then ask for the current version
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion(flyway);
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                    + " migration(s) applied in " + (System.nanoTime() - start) / 1_000_000 + " ms)");
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Database schema migration failed; will retry on the next readiness check", e);
        }
        return migrated;
    }

    private static String currentVersion(Flyway flyway) {
        try {
            MigrationInfo current = flyway.info().current();
            return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
        } catch (RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** @return the last migration error, or null */
    public String lastError() {
        return lastError;
    }
}
