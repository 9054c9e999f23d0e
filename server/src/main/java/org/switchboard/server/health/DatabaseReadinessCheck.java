package org.switchboard.server.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.switchboard.core.privacy.Logs;
import org.switchboard.server.schema.SchemaMigrator;

/**
 * Readiness: UP when a pooled connection to {@code jdbc/switchboard} answers {@link Connection#isValid} within
 * 2 s and the schema is migrated. Data: {@code schema} ({@code migrated} or {@code not migrated}) or {@code error}
 * ({@code connection not valid}, {@code no connection}). The answer is public ({@code /health/ready}), so it never
 * holds the database's error text, host names or credentials (issue 19): that text is logged, once per distinct error.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Inject
    SchemaMigrator migrator;

    private static final Logger LOG = Logs.logger(DatabaseReadinessCheck.class);

    private final AtomicReference<String> lastLogged = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        Assessment assessment = assess();
        return HealthCheckResponse.named("database").status(assessment.up())
                .withData(assessment.key(), assessment.value()).build();
    }

    /**
     * What the public answer says: never the database's own error text.
     *
     * @param up    whether the database is usable
     * @param key   {@code schema} or {@code error}
     * @param value {@code migrated}, {@code not migrated}, {@code connection not valid} or {@code no connection}
     */
    record Assessment(boolean up, String key, String value) {
    }

    Assessment assess() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return new Assessment(false, "error", "connection not valid");
            }
        } catch (SQLException e) {
            logOnce("Database not reachable: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Assessment(false, "error", "no connection");
        }
        boolean migrated = migrator.ensureMigrated();
        if (!migrated) {
            logOnce("Database schema not migrated: " + migrator.lastError());
        } else {
            lastLogged.set(null);
        }
        return new Assessment(migrated, "schema", migrated ? "migrated" : "not migrated");
    }

    private void logOnce(String error) {
        if (!Objects.equals(lastLogged.getAndSet(error), error)) {
            LOG.warning(() -> "Readiness DOWN. " + error);
        }
    }
}
