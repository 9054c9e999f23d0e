package org.switchboard.server.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on the admin console ({@code /admin/*}, the Vite build of {@code src/main/console}; issue 19):
 * <ul>
 *   <li>{@code Content-Security-Policy}: {@value #POLICY} — scripts, styles and calls from this origin only, no
 *       inline script or style (the build has none: {@code index.html} loads one module script and one stylesheet),
 *       no plugins, no {@code <base>}, and {@code frame-ancestors 'none'} so no other site can frame the console
 *       (click-jacking an Approve button);</li>
 *   <li>{@code X-Frame-Options: DENY} for browsers without CSP level 2, {@code X-Content-Type-Options: nosniff},
 *       {@code Referrer-Policy: no-referrer} (console URLs name conversations);</li>
 *   <li>{@code Strict-Transport-Security: max-age=31536000} when the request came over TLS (directly, or from a
 *       trusted reverse proxy that said so in {@code X-Forwarded-Proto}, see {@code SWITCHBOARD_TRUSTED_PROXIES}); never
 *       over plain http, where a browser ignores it (RFC 6797 section 7.2).</li>
 * </ul>
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*"})
public class ConsoleSecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The console's Content-Security-Policy. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getScheme())) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
