package org.switchboard.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which admin requests the cross-site guard lets through (issue 19, medium finding). */
class AdminCrossSiteGuardTest {

    private static final String HOST = "support.example.com";

    private static java.util.List<String> hosts(String... hosts) {
        return java.util.Arrays.asList(hosts);
    }

    @Test
    void aFormPostFromAnotherSiteIsRefused() {
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://evil.example", hosts(HOST, null), null,
                "application/x-www-form-urlencoded", "cross-site")).isPresent();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://evil.example", hosts(HOST, null), null,
                "text/plain", null)).hasValue("its Origin is not this server");
        assertThat(AdminCrossSiteGuard.refusal("POST", "null", hosts(HOST, null), "x", "application/json", null))
                .as("sandboxed or file origin").isPresent();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com.evil.example", hosts(HOST, null),
                "x", "application/json", null)).isPresent();
        assertThat(AdminCrossSiteGuard.refusal("POST", "http://support.example.com:8080", hosts(HOST, null),
                "x", "application/json", null)).as("another port").isPresent();
    }

    @Test
    void aStateChangeWithoutJsonOrTheCustomHeaderIsRefusedEvenWithoutOrigin() {
        assertThat(AdminCrossSiteGuard.refusal("POST", null, hosts(HOST, null), null, null, null))
                .hasValueSatisfying(why -> assertThat(why).contains("X-Requested-With"));
        assertThat(AdminCrossSiteGuard.refusal("DELETE", null, hosts(HOST, null), " ", "text/plain", null)).isPresent();
        assertThat(AdminCrossSiteGuard.refusal("PUT", null, hosts(HOST, null), null, "multipart/form-data; boundary=x",
                null)).isPresent();
    }

    @Test
    void theConsoleAndApiClientsGoThrough() {
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com", hosts(HOST, null),
                "switchboard-console", null, "same-origin")).as("console, no body").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("PUT", "http://127.0.0.1:9080", hosts("127.0.0.1:9080", null), null,
                "application/json; charset=utf-8", null)).as("console with a JSON body").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com",
                hosts("10.0.0.5:9080", "support.example.com"), "x", null, null)).as("behind a reverse proxy").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com:443", hosts(HOST, null), "x", null,
                null)).as("default port spelled out").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("POST", null, hosts(HOST, null), null, "application/json", null))
                .as("curl with a JSON body").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("GET", "https://evil.example", hosts(HOST, null), null, null, "cross-site"))
                .as("reads are not state changes").isEmpty();
    }
}
