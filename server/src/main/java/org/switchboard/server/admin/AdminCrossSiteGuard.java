package org.switchboard.server.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.privacy.Logs;

/**
 * Refuses cross-site requests that would change state through the admin API (OWASP CSRF prevention: custom request
 * header, and origin verification). A browser sends a form or a "simple" request to another site without asking, and
 * may attach credentials it holds for it; it never sends a custom header or a JSON content type there without a CORS
 * preflight, which this server does not grant. So every {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE}
 * under {@code /api/admin} must
 * <ul>
 *   <li>carry {@code X-Requested-With} (the console sends it on every call) or a {@code Content-Type} of
 *       {@code application/json};</li>
 *   <li>when it names an {@code Origin}, name this server's own (its host and port equal to those the request was
 *       addressed to: {@code Host}, or HTTP/2's {@code :authority}; or to {@code X-Forwarded-Host} behind a reverse
 *       proxy); {@code Origin: null} is refused;</li>
 *   <li>not be marked {@code Sec-Fetch-Site: cross-site} by the browser.</li>
 * </ul>
 * A refused request is answered 403 with a JSON error, logged (header values neutralised) and audited
 * ({@code admin.cross-site-refused}); nothing else runs. Scripts and {@code curl} with a JSON body, or with the
 * header, are unaffected.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AdminCrossSiteGuard implements ContainerRequestFilter {

    /** The custom header the console sends with every request. */
    public static final String REQUESTED_WITH = "X-Requested-With";

    private static final Logger LOG = Logs.logger(AdminCrossSiteGuard.class);
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    AuditLog audit;

    /**
     * @param request the request; aborted with 403 when it is a cross-site state change
     */
    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("admin/") || path.startsWith("/admin/") || path.equals("admin"))) {
            return;
        }
        // the authority the request was addressed to: the Host header under HTTP/1.1, :authority under HTTP/2 (which
        // has no Host header), as the container resolved it into the request URI
        URI addressed = request.getUriInfo().getRequestUri();
        List<String> own = new ArrayList<>();
        if (addressed.getHost() != null) {
            own.add(addressed.getHost() + (addressed.getPort() < 0 ? "" : ":" + addressed.getPort()));
        }
        own.add(request.getHeaderString(HttpHeaders.HOST));
        own.add(firstOf(request.getHeaderString("X-Forwarded-Host")));
        Optional<String> refusal = refusal(request.getMethod(), request.getHeaderString("Origin"), own,
                request.getHeaderString(REQUESTED_WITH), request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.getHeaderString("Sec-Fetch-Site"));
        if (refusal.isEmpty()) {
            return;
        }
        Principal who = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String actor = who == null ? "anonymous" : Logs.neutralise(who.getName(), 100);
        String target = Logs.neutralise(request.getMethod() + " /api/" + (path.startsWith("/") ? path.substring(1) : path),
                300);
        String origin = Logs.neutralise(request.getHeaderString("Origin"), 200);
        String why = refusal.get();
        LOG.warning(() -> "Refused a cross-site admin request " + target + " (user " + actor + ", Origin " + origin
                + "): " + why + " (audit admin.cross-site-refused)");
        if (audit != null) {
            audit.record(actor, "admin.cross-site-refused", target, why + "; Origin " + origin);
        }
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(ErrorBody.of("Refused: " + why + ".")).build());
    }

    /**
     * The decision, without the container.
     *
     * @param method        the HTTP method
     * @param origin        the {@code Origin} header, or null
     * @param own           this server's {@code host[:port]} as the request addressed it (request URI, {@code Host},
     *                      first {@code X-Forwarded-Host}); null entries are skipped
     * @param requestedWith the {@code X-Requested-With} header, or null
     * @param contentType   the {@code Content-Type} header, or null
     * @param secFetchSite  the {@code Sec-Fetch-Site} header, or null
     * @return why the request is refused; empty when it may go on
     */
    static Optional<String> refusal(String method, String origin, List<String> own,
                                    String requestedWith, String contentType, String secFetchSite) {
        if (method == null || !STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if ("cross-site".equalsIgnoreCase(secFetchSite == null ? null : secFetchSite.strip())) {
            return Optional.of("the browser marked it Sec-Fetch-Site: cross-site");
        }
        if (origin != null) {
            Optional<String> authority = authority(origin);
            if (authority.isEmpty() || own.stream().noneMatch(h -> sameAuthority(authority.get(), h, origin))) {
                return Optional.of("its Origin is not this server");
            }
        }
        boolean json = contentType != null && isJson(contentType);
        if ((requestedWith == null || requestedWith.isBlank()) && !json) {
            return Optional.of("a state-changing request needs a JSON body or the " + REQUESTED_WITH + " header");
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return "application/json".equalsIgnoreCase(type);
    }

    /** {@code host[:port]} of an origin, lower case, with the default port of its scheme removed. */
    private static Optional<String> authority(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
                    || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameAuthority(String originAuthority, String hostHeader, String origin) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String scheme = origin.strip().toLowerCase(Locale.ROOT).startsWith("https:") ? "https" : "http";
        return authority(scheme + "://" + hostHeader.strip()).filter(originAuthority::equals).isPresent();
    }

    private static String firstOf(String list) {
        return list == null ? null : list.split(",")[0].strip();
    }
}
