package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 19: the optional separate admin port ({@code SWITCHBOARD_ADMIN_PORT}). */
class AdminPortPolicyTest {

    @Test
    void withAnAdminPortTheAdminPathsAreAnsweredOnlyThere() {
        AdminPortPolicy policy = new AdminPortPolicy(Optional.of(9081));
        assertThat(policy.refuses(request(9080, "/api/admin/approvals/7/approve"))).isTrue();
        assertThat(policy.refuses(request(9080, "/api/admin"))).isTrue();
        assertThat(policy.refuses(request(9080, "/admin/index.html"))).isTrue();
        assertThat(policy.refuses(request(9080, "/admin;jsessionid=x"))).isTrue();
        assertThat(policy.refuses(request(9081, "/api/admin/approvals/7/approve"))).isFalse();
        assertThat(policy.refuses(request(9081, "/admin/"))).isFalse();
        assertThat(policy.refuses(request(9080, "/slack/events"))).isFalse();
        assertThat(policy.refuses(request(9080, "/api/messages"))).isFalse();
        assertThat(policy.refuses(request(9080, "/health/ready"))).isFalse();
        assertThat(policy.refuses(request(9080, "/administrator"))).as("only the admin paths themselves").isFalse();
    }

    @Test
    void withoutOneEveryPortAnswersThem() {
        assertThat(new AdminPortPolicy(Optional.empty()).refuses(request(9080, "/api/admin/plugins"))).isFalse();
        assertThat(new AdminPortPolicy(Optional.of(-1)).refuses(request(9080, "/api/admin/plugins"))).isFalse();
        assertThatThrownBy(() -> new AdminPortPolicy(Optional.of(70_000))).isInstanceOf(IllegalArgumentException.class);
    }

    private static HttpServletRequest request(int localPort, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(AdminPortPolicyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getLocalPort" -> localPort;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    default -> null;
                });
    }
}
