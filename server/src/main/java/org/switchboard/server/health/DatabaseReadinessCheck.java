package org.switchboard.server.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.switchboard.server.schema.SchemaMigrator;

/**
 * Readiness: UP when a pooled connection to {@code jdbc/switchboard} answers {@link Connection#isValid} within
 * 2 s and the schema is migrated. Data: {@code schema} (migrated or the error). No credentials in the answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Inject
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return response.down().withData("error", "connection not valid").build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
        boolean migrated = migrator.ensureMigrated();
        return response.status(migrated).withData("schema", migrated ? "migrated" : String.valueOf(migrator.lastError()))
                .build();
    }
}
