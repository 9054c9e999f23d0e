package org.switchboard.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.switchboard.server.schema.SchemaMigrator;

/** Issue 19: {@code /health/ready} is public and must not show the database's error text. */
class DatabaseReadinessCheckTest {

    @Test
    void aDatabaseErrorIsReportedDownWithoutItsText() {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Access denied for user 'switchboard'@'10.1.2.3' (using password: YES)");
                });
        DatabaseReadinessCheck.Assessment answer = check.assess();
        assertThat(answer.up()).isFalse();
        assertThat(answer.toString()).contains("no connection").doesNotContain("Access denied", "10.1.2.3", "switchboard'");
    }

    @Test
    void aFailedMigrationIsReportedDownWithoutItsText() {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> connection());
        check.migrator = new SchemaMigrator() {
            @Override
            public synchronized boolean ensureMigrated() {
                return false;
            }

            @Override
            public String lastError() {
                return "FlywayException: Unable to obtain connection from jdbc:mariadb://db.internal:3306/switchboard";
            }
        };
        DatabaseReadinessCheck.Assessment answer = check.assess();
        assertThat(answer.up()).isFalse();
        assertThat(answer.toString()).contains("not migrated").doesNotContain("db.internal", "Flyway");
    }

    private static Connection connection() {
        return (Connection) Proxy.newProxyInstance(DatabaseReadinessCheckTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("isValid")
                        ? Boolean.TRUE : null);
    }
}
