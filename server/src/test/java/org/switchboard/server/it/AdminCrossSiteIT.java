package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.send;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, medium finding, against the running server: a browser that holds the admin's Basic credentials is made
 * to send state changes from another site (an auto-submitted form, a no-cors fetch). Each is refused with 403 before
 * anything changes, and audited; the console's own calls (custom header, same Origin) still work; a browser never gets
 * the {@code WWW-Authenticate: Basic} challenge that would make it cache those credentials in the first place.
 */
@ExtendWith(ArquillianExtension.class)
class AdminCrossSiteIT {

    private static final String PLUGIN = "knowledge-base";
    private static final String DISABLE = "/api/admin/plugins/" + PLUGIN + "/disable";
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war();
    }

    @Test
    void aFormOrSimpleRequestFromAnotherSiteCannotChangeAnythingWithTheAdminsCredentials() {
        long refusedBefore = refusals();

        HttpResponse<String> form = send("POST", DISABLE, "x=1", adminBasic(), Map.of(
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "User-Agent", BROWSER));
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Refused");

        HttpResponse<String> noCors = send("POST", DISABLE, "{}", adminBasic(), Map.of(
                "Content-Type", "text/plain", "Origin", "https://evil.example", "User-Agent", BROWSER));
        assertThat(noCors.statusCode()).as("text/plain from another origin").isEqualTo(403);

        HttpResponse<String> bare = send("POST", DISABLE, null, adminBasic(), Map.of());
        assertThat(bare.statusCode()).as("no JSON body, no custom header").isEqualTo(403);

        assertThat(column("SELECT enabled FROM plugin_registry WHERE plugin_id = ?", PLUGIN))
                .allSatisfy(enabled -> assertThat(enabled).isIn("1", "true"));
        assertThat(refusals() - refusedBefore).isEqualTo(3);
        assertThat(column("SELECT details FROM audit_entries WHERE action = 'admin.cross-site-refused'"
                + " ORDER BY id DESC LIMIT 3")).anySatisfy(d -> assertThat(d).contains("evil.example"));
    }

    @Test
    void theConsolesOwnCallsGoThroughAndBrowsersNeverGetTheBasicChallenge() {
        String origin = "http://127.0.0.1:" + ItEnvironment.HTTP_PORT;
        HttpResponse<String> enable = send("POST", "/api/admin/plugins/" + PLUGIN + "/enable", null, adminBasic(),
                Map.of("X-Requested-With", "switchboard-console", "Origin", origin, "Sec-Fetch-Site", "same-origin",
                        "User-Agent", BROWSER));
        assertThat(enable.statusCode()).isEqualTo(200);

        HttpResponse<String> navigated = send("GET", "/api/admin/plugins", null, null, Map.of(
                "User-Agent", BROWSER, "Sec-Fetch-Mode", "navigate", "Accept", "text/html"));
        assertThat(navigated.statusCode()).isEqualTo(401);
        assertThat(navigated.headers().allValues("WWW-Authenticate")).isNotEmpty()
                .noneSatisfy(value -> assertThat(value).startsWithIgnoringCase("Basic"));
        assertThat(send("GET", "/api/admin/plugins", null, null).headers().firstValue("WWW-Authenticate"))
                .as("an API client still learns the scheme").hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    private static long refusals() {
        return count("SELECT COUNT(*) FROM audit_entries WHERE action = 'admin.cross-site-refused'");
    }

    private static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString((System.getProperty("it.admin.user") + ":"
                + System.getProperty("it.admin.password")).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Issue 19: the console is served with a Content-Security-Policy without inline script or style, may not be framed
     * by another site (click-jacking the Approve button), sends no referrer, and asks for HSTS only over TLS (here: a
     * trusted reverse proxy's X-Forwarded-Proto). When the console is built, its page has no inline script.
     */
    @Test
    void theConsoleCannotBeFramedRunsNoInlineScriptAndIsPinnedToHttpsOnlyOverTls() {
        HttpResponse<String> page = send("GET", "/admin/", null, null);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "script-src 'self'", "style-src 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();
        if (page.statusCode() == 200) {
            assertThat(page.body()).doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("(?i)<style|\\son[a-z]+=");
        }
        HttpResponse<String> behindTls = send("GET", "/admin/", null, null, Map.of("X-Forwarded-For", "203.0.113.9",
                "X-Forwarded-Proto", "https"));
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }
}
