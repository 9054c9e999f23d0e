package org.switchboard.bench.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the bot's {@code /api/admin/inbox} with the admin's credentials, page by page. */
class AdminOutcomesTest {

    private static final Instant SINCE = Instant.parse("2026-12-07T20:00:00Z");
    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startAdminApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/admin/inbox", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth);
            boolean secondPage = exchange.getRequestURI().getRawQuery().contains("page=1");
            String body = secondPage
                    ? "{\"page\":1,\"size\":200,\"total\":201,\"items\":[{\"id\":3,\"channel\":\"EMAIL\","
                    + "\"externalId\":\"<c@x>\",\"outcome\":\"SUPPRESSED\",\"reason\":\"RFC 3464 delivery status report"
                    + " (bounce)\",\"ticketNumber\":null,\"replyStatus\":null,\"replyDue\":null}]}"
                    : "{\"page\":0,\"size\":200,\"total\":201,\"items\":[{\"id\":1,\"channel\":\"EMAIL\","
                    + "\"externalId\":\"<a@x>\",\"outcome\":\"ANSWERED\",\"replyStatus\":\"PENDING\","
                    + "\"replyDue\":\"2026-12-07T21:00:00Z\"},{\"id\":2,\"channel\":\"EMAIL\",\"externalId\":\"<b@x>\","
                    + "\"outcome\":\"ESCALATED\",\"ticketNumber\":\"#1001\",\"replyStatus\":\"DELIVERED\"}]}";
            int status = "Basic YWRtaW46czNjcjN0".equals(auth) ? 200 : 401; // admin:s3cr3t
            byte[] bytes = (status == 200 ? body : "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void readsEveryPageOfTheChannelsOutcomesSinceTheStart() throws Exception {
        AdminOutcomes admin = new AdminOutcomes(HttpClient.newHttpClient(), url(), "admin", "s3cr3t");
        Map<String, BotOutcome> outcomes = admin.since("EMAIL", SINCE);
        assertThat(outcomes.keySet()).containsExactly("<a@x>", "<b@x>", "<c@x>");
        assertThat(outcomes.get("<a@x>").deferred(SINCE)).isTrue();
        assertThat(outcomes.get("<b@x>").ticketNumber()).isEqualTo("#1001");
        assertThat(outcomes.get("<c@x>").reason()).isEqualTo("RFC 3464 delivery status report (bounce)");
        assertThat(queries).containsExactly("channel=EMAIL&size=200&page=0&since=2026-12-07T20%3A00%3A00Z",
                "channel=EMAIL&size=200&page=1&since=2026-12-07T20%3A00%3A00Z");
    }

    @Test
    void wrongCredentialsAreExplained() {
        AdminOutcomes admin = new AdminOutcomes(HttpClient.newHttpClient(), url(), "admin", "wrong");
        assertThatThrownBy(() -> admin.since("SLACK", SINCE)).hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void theReplaySummaryComesFromTheAdminApiOrSaysWhyNot() throws Exception {
        Clock clock = Clock.fixed(SINCE, ZoneOffset.UTC);
        ReplayOutcomes outcomes = new ReplayOutcomes(
                new AdminOutcomes(HttpClient.newHttpClient(), url(), "admin", "s3cr3t"), "EMAIL", SINCE, clock);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        outcomes.printSummary(outcomes.read(), "deferred by the rate limit", new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("for the 3 email message(s)")
                .contains("  answered: 1").contains("  escalated with ticket: 1 (#1001)")
                .contains("  suppressed: 1 (bounce (RFC 3464 delivery status report): 1)")
                .contains("  deferred by the rate limit: 1");

        ReplayOutcomes without = ReplayOutcomes.start(url(), null, null, Map.of(), "SLACK");
        ByteArrayOutputStream explained = new ByteArrayOutputStream();
        without.printSummary(without.read(), "deferred", new PrintStream(explained, true, StandardCharsets.UTF_8));
        assertThat(explained.toString(StandardCharsets.UTF_8)).contains("not known: no admin password given");
        assertThat(Optional.ofNullable(without.unavailableBecause())).isPresent();
    }
}
