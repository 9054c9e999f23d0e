package org.switchboard.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional separate admin port (issue 19): when {@code SWITCHBOARD_ADMIN_PORT} is set (Liberty then also listens
 * on it, {@code adminHttpEndpoint} in {@code server.xml}), the admin API ({@code /api/admin}) and the console
 * ({@code /admin}) are answered only on that port, and every other port answers them 404; the public port keeps the
 * channels' webhooks and the health checks. Firewall the admin port to the operators' network. Unset (default): the
 * admin paths are answered on every port.
 */
@ApplicationScoped
public class AdminPortPolicy {

    /** Configuration key (environment variable {@code SWITCHBOARD_ADMIN_PORT}). */
    public static final String PORT_KEY = "switchboard.admin.port";

    private Optional<Integer> port;

    /** For CDI's client proxy. */
    protected AdminPortPolicy() {
    }

    /** @param port the admin port, 1 to 65535; empty or not positive: no separate admin port */
    @Inject
    public AdminPortPolicy(@ConfigProperty(name = PORT_KEY) Optional<Integer> port) {
        this.port = port.filter(p -> p > 0);
        if (this.port.filter(p -> p > 65_535).isPresent()) {
            throw new IllegalArgumentException(PORT_KEY + " must be a TCP port, not " + this.port.get());
        }
    }

    /** @return the separate admin port, if one is configured */
    public Optional<Integer> port() {
        return port;
    }

    /**
     * @param request a request
     * @return true when the request names an admin path ({@code /api/admin...} or {@code /admin...}) and arrived on
     *         another port than the configured admin port; always false without an admin port
     */
    public boolean refuses(HttpServletRequest request) {
        if (port.isEmpty() || request.getLocalPort() == port.get()) {
            return false;
        }
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri == null ? "" : uri.substring(Math.min(context.length(), uri.length()));
        return isUnder(path, "/api/admin") || isUnder(path, "/admin");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";");
    }
}
