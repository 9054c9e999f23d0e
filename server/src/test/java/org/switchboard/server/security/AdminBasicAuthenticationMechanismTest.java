package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Reading RFC 7617 Basic credentials; the login flow itself is covered by AdminApiIT. */
class AdminBasicAuthenticationMechanismTest {

    @Test
    void userAndPasswordAreSplitAtTheFirstColon() {
        UsernamePasswordCredential c = AdminBasicAuthenticationMechanism.credential(encode("admin:pa:ss wörd"));
        assertThat(c.getCaller()).isEqualTo("admin");
        assertThat(c.getPasswordAsString()).isEqualTo("pa:ss wörd");
    }

    @Test
    void textThatIsNotBase64OfUserColonPasswordIsNoCredential() {
        assertThat(AdminBasicAuthenticationMechanism.credential("not base64!")).isNull();
        assertThat(AdminBasicAuthenticationMechanism.credential(encode("no-colon"))).isNull();
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void browsersAreRecognisedSoTheyNeverGetTheBasicChallenge() {
        assertThat(AdminBasicAuthenticationMechanism.fromBrowser(request(java.util.Map.of("User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0")))).isTrue();
        assertThat(AdminBasicAuthenticationMechanism.fromBrowser(request(java.util.Map.of("Sec-Fetch-Mode",
                "navigate")))).isTrue();
        assertThat(AdminBasicAuthenticationMechanism.fromBrowser(request(java.util.Map.of("Origin",
                "https://evil.example")))).isTrue();
        assertThat(AdminBasicAuthenticationMechanism.fromBrowser(request(java.util.Map.of("X-Requested-With",
                "switchboard-console")))).isTrue();
        assertThat(AdminBasicAuthenticationMechanism.fromBrowser(request(java.util.Map.of("User-Agent",
                "curl/8.5.0")))).isFalse();
        assertThat(AdminBasicAuthenticationMechanism.fromBrowser(request(java.util.Map.of()))).isFalse();
    }

    private static jakarta.servlet.http.HttpServletRequest request(java.util.Map<String, String> headers) {
        return (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                getClassLoader(), new Class<?>[]{jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader") ? headers.get((String) args[0]) : null);
    }

    private static ClassLoader getClassLoader() {
        return AdminBasicAuthenticationMechanismTest.class.getClassLoader();
    }
}
