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
}
