package org.switchboard.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which admin requests the cross-site guard lets through (issue 19, medium finding). */
class AdminCrossSiteGuardTest {

    private static final String HOST = "support.example.com";

    @Test
    void aFormPostFromAnotherSiteIsRefused() {
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://evil.example", HOST, null, null,
                "application/x-www-form-urlencoded", "cross-site")).isPresent();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://evil.example", HOST, null, null,
                "text/plain", null)).hasValue("its Origin is not this server");
        assertThat(AdminCrossSiteGuard.refusal("POST", "null", HOST, null, "x", "application/json", null))
                .as("sandboxed or file origin").isPresent();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com.evil.example", HOST, null,
                "x", "application/json", null)).isPresent();
        assertThat(AdminCrossSiteGuard.refusal("POST", "http://support.example.com:8080", HOST, null,
                "x", "application/json", null)).as("another port").isPresent();
    }

    @Test
    void aStateChangeWithoutJsonOrTheCustomHeaderIsRefusedEvenWithoutOrigin() {
        assertThat(AdminCrossSiteGuard.refusal("POST", null, HOST, null, null, null, null))
                .hasValueSatisfying(why -> assertThat(why).contains("X-Requested-With"));
        assertThat(AdminCrossSiteGuard.refusal("DELETE", null, HOST, null, " ", "text/plain", null)).isPresent();
        assertThat(AdminCrossSiteGuard.refusal("PUT", null, HOST, null, null, "multipart/form-data; boundary=x",
                null)).isPresent();
    }

    @Test
    void theConsoleAndApiClientsGoThrough() {
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com", HOST, null,
                "switchboard-console", null, "same-origin")).as("console, no body").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("PUT", "http://127.0.0.1:9080", "127.0.0.1:9080", null, null,
                "application/json; charset=utf-8", null)).as("console with a JSON body").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com", "10.0.0.5:9080",
                "support.example.com", "x", null, null)).as("behind a reverse proxy").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("POST", "https://support.example.com:443", HOST, null, "x", null,
                null)).as("default port spelled out").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("POST", null, HOST, null, null, "application/json", null))
                .as("curl with a JSON body").isEmpty();
        assertThat(AdminCrossSiteGuard.refusal("GET", "https://evil.example", HOST, null, null, null, "cross-site"))
                .as("reads are not state changes").isEmpty();
    }
}
