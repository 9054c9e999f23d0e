package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.send;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin API and console need an authenticated caller in the admin role (RELIABILITY case 18). Besides the admin
 * account the server under test knows a second, correctly authenticated account that is not an admin
 * ({@link ItAgentIdentityStore}, group {@code agent}), so the role check itself is exercised, not just the password
 * check. The operations are found in the WAR ({@link AdminEndpoints}), so a new endpoint is covered without editing
 * this test.
 */
@ExtendWith(ArquillianExtension.class)
class AdminRoleIT {

    private static final String AGENT = basic(ItAgentIdentityStore.USER, ItAgentIdentityStore.PASSWORD);
    private static final String CONSOLE_HEADER = "X-Requested-With";

    @Deployment(testable = false)
    static WebArchive deployment() {
        // each operation below is tried once with a wrong password: far more failures than the sign-in throttle
        // allows one client or account; the throttle itself is attacked in AdminApiIT, so here it is set out of reach
        return ItEnvironment.war().addClasses(ItAgentIdentityStore.class).addAsResource(new StringAsset("""
                config_ordinal=500
                switchboard.admin.signin.max-failures-per-client=100000
                switchboard.admin.signin.max-failures-per-account=100000
                """), "META-INF/microprofile-config.properties");
    }

    @Test
    void everyAdminOperationRefusesAnonymousCallersWith401AndAuthenticatedNonAdminsWith403() {
        List<AdminEndpoints.Operation> operations = AdminEndpoints.inWar(Path.of(System.getProperty("it.war")));
        assertThat(operations).extracting(AdminEndpoints.Operation::toString).contains(
                "GET /api/admin/plugins", "PUT /api/admin/plugins/{id}/configuration", "GET /api/admin/audit",
                "POST /api/admin/conversations/{id}/status", "GET /api/admin/conversations/{id}",
                "POST /api/admin/approvals/{id}/approve", "PUT /api/admin/agents/{agent}/tools",
                "GET /api/admin/overview", "GET /api/admin/tickets");
        String wrongPassword = basic(ItAgentIdentityStore.USER, ItAgentIdentityStore.PASSWORD + "x");

        for (AdminEndpoints.Operation operation : operations) {
            String path = operation.samplePath();
            String body = operation.hasBody() ? "{}" : null;
            HttpResponse<String> anonymous = send(operation.httpMethod(), path, body, null);
            assertThat(anonymous.statusCode()).as("anonymous %s", operation).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("anonymous %s", operation)
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Basic realm="));
            assertThat(send(operation.httpMethod(), path, body, wrongPassword).statusCode())
                    .as("agent with a wrong password, %s", operation).isEqualTo(401);
            HttpResponse<String> agent = send(operation.httpMethod(), path, body, AGENT);
            assertThat(agent.statusCode()).as("authenticated non-admin, %s", operation).isEqualTo(403);
            assertThat(agent.body()).as("authenticated non-admin, %s", operation).doesNotContain("\"items\"");
            assertThat(admin(operation.httpMethod(), path, body).statusCode()).as("admin, %s", operation)
                    .isNotIn(401, 403).isLessThan(500);
        }
        for (String path : operations.stream().map(AdminEndpoints.Operation::samplePath).distinct().toList()) {
            for (String method : List.of("OPTIONS", "HEAD")) {
                assertThat(send(method, path, null, null).statusCode()).as("anonymous %s %s", method, path).isEqualTo(401);
                assertThat(send(method, path, null, AGENT).statusCode()).as("agent %s %s", method, path).isEqualTo(403);
            }
        }
        // the non-admin changed nothing: its only audit entries are its sign-ins (audited since issue 19)
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE actor = ? AND action NOT LIKE 'admin.sign%'",
                ItAgentIdentityStore.USER)).isZero();
    }

    @Test
    void spellingsOfAnAdminPathThatTheServerMayNormalizeDoNotSlipPastTheRoleCheck() {
        for (String path : List.of("/api/admin/plugins/", "/api//admin/plugins", "/api/admin//plugins",
                "/api/./admin/plugins", "/api/x/../admin/plugins", "/api/%61dmin/plugins", "/api/admin;x=y/plugins",
                "/api/admin/plugins;x=y", "/api/ADMIN/plugins", "/api/admin%2Fplugins", "/api/admin/%2e%2e/admin/plugins")) {
            for (String authorization : java.util.Arrays.asList(null, AGENT)) {
                HttpResponse<String> response = send("GET", path, null, authorization);
                assertThat(response.statusCode()).as("%s %s", authorization == null ? "anonymous" : "agent", path)
                        .isGreaterThanOrEqualTo(400).isLessThan(500);
                assertThat(response.body()).as(path).doesNotContain("knowledge-base");
            }
        }
    }

    @Test
    void theConsoleShellIsPublicButItsDataNeedsTheAdminRoleWithoutEverShowingABrowserPrompt() {
        HttpResponse<String> shell = console("GET", "/admin/", null, false);
        assertThat(shell.statusCode()).isEqualTo(200);
        assertThat(shell.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(shell.body()).doesNotContain("knowledge-base").doesNotContain("\"items\"");
        Matcher script = Pattern.compile("src=\"(/admin/[^\"]+\\.js)\"").matcher(shell.body());
        assertThat(script.find()).as("the console's script in %s", shell.body()).isTrue();
        assertThat(console("GET", script.group(1), null, false).statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = console("GET", "/api/admin/overview", null, true);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("SwitchboardConsole "));
        HttpResponse<String> agent = console("GET", "/api/admin/overview", AGENT, true);
        assertThat(agent.statusCode()).as("the console says 'This account is not an admin.'").isEqualTo(403);
        assertThat(agent.headers().allValues("WWW-Authenticate")).noneSatisfy(value ->
                assertThat(value).startsWithIgnoringCase("Basic"));
        assertThat(console("GET", "/api/admin/overview", basic(System.getProperty("it.admin.user"),
                System.getProperty("it.admin.password")), true).statusCode()).isEqualTo(200);
    }

    /** A request as the console's script makes it ({@code X-Requested-With}) or as a browser loads a page. */
    private static HttpResponse<String> console(String method, String path, String authorization, boolean scripted) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
        if (scripted) {
            request.header(CONSOLE_HEADER, "switchboard-console").header("Accept", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return ItEnvironment.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
