package org.switchboard.server.schema;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Refuses to start when {@code DB_URL} names a database of your own but {@code DB_USER} or {@code DB_PASSWORD} is not
 * set (issue 19): {@code server.xml} defaults them to {@code root} and an empty password, which is right only for the
 * embedded MariaDB started when {@code DB_URL} is not set, and wrong (and dangerous, should such an account exist)
 * anywhere else. An explicitly empty {@code DB_PASSWORD=} is accepted (a local MariaDB without a password). Reads the
 * process environment itself, not MicroProfile Config, because Config cannot tell an empty value from a missing one;
 * Liberty's {@code server.env} is part of that environment.
 */
@ApplicationScoped
public class DatabaseCredentialsGuard {

    private static final Logger LOG = Logs.logger(DatabaseCredentialsGuard.class);

    void check(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) Startup startup) {
        problem(System.getenv()).ifPresent(problem -> {
            LOG.severe("Refusing to start: " + problem);
            throw new IllegalStateException(problem);
        });
    }

    /**
     * @param environment the process environment
     * @return what is wrong: {@code DB_URL} set while {@code DB_USER} or {@code DB_PASSWORD} is missing; empty when
     *         all is well (no {@code DB_URL}: the embedded database with {@code server.xml}'s defaults)
     */
    static Optional<String> problem(Map<String, String> environment) {
        String url = environment.get("DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (environment.get("DB_USER") == null || environment.get("DB_USER").isBlank()) {
            missing.add("DB_USER");
        }
        if (environment.get("DB_PASSWORD") == null) {
            missing.add("DB_PASSWORD");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("DB_URL is set but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " not: set the database account's user and password"
                + " (DB_PASSWORD= for none); Switchboard does not fall back to root with an empty password outside its"
                + " embedded database");
    }
}
