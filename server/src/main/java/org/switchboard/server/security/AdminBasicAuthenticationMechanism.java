package org.switchboard.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.privacy.Logs;

/**
 * HTTP Basic (RFC 7617) for the admin API, applied only where it belongs.
 *
 * <p>Jakarta Security's built-in Basic mechanism reads any {@code Authorization} header on any request and refuses
 * the request with 401 when it is not valid Basic credentials, even on unprotected paths. That breaks endpoints that
 * carry their own bearer token, such as {@code POST /api/messages} (the Bot Framework's JWT). This mechanism:
 * <ul>
 *   <li>validates {@code Authorization: Basic ...} against the identity store and logs the caller in, or answers 401
 *       with {@code WWW-Authenticate: Basic realm="Switchboard admin"} when the credentials are wrong;</li>
 *   <li>answers the same challenge when a protected resource ({@code /api/admin/*}) or an explicit
 *       {@code authenticate()} has no Basic credentials;</li>
 *   <li>does nothing for unprotected resources without Basic credentials, whatever other scheme they carry.</li>
 * </ul>
 * A browser never gets the Basic challenge ({@link #fromBrowser}): its 401 names the scheme {@value #CONSOLE_SCHEME}
 * instead, so it shows no built-in login prompt and caches no credentials that another site could make it send; the
 * console shows its own sign-in form. API clients (curl, scripts) still get {@code Basic}. The credentials checked
 * are the same.
 *
 * <p><b>Sign-in throttling and audit</b> (issue 19). Failed sign-ins are counted per client address
 * ({@link HttpServletRequest#getRemoteAddr()}: behind a reverse proxy listed in {@code SWITCHBOARD_TRUSTED_PROXIES},
 * Liberty's {@code remoteIp} makes it the forwarded client) and per account name ({@link AdminSignInThrottle}); once
 * either is used up, every attempt of that client or for that account is answered 429 with {@code Retry-After}
 * before the password is checked. Each failure is logged (the account name neutralised, never the password) and
 * audited as {@code admin.signin-failed}; the failure that starts the throttling as {@code admin.signin-throttled};
 * a successful sign-in as {@code admin.signed-in} once per account, client and window (HTTP Basic signs in again on
 * every request).
 *
 * <p><b>Admin port.</b> With {@code SWITCHBOARD_ADMIN_PORT} set, admin paths on any other port answer 404
 * ({@link AdminPortPolicy}).
 */
@ApplicationScoped
public class AdminBasicAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";

    /** The challenge scheme answered to scripted (console) requests: not one a browser prompts for. */
    public static final String CONSOLE_SCHEME = "SwitchboardConsole";

    private static final Logger LOG = Logs.logger(AdminBasicAuthenticationMechanism.class);

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AdminSignInThrottle throttle;

    @Inject
    AdminPortPolicy ports;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (ports.refuses(request)) {
            String path = Logs.neutralise(request.getRequestURI(), 200);
            String from = Logs.neutralise(String.valueOf(request.getRemoteAddr()), 64);
            LOG.info(() -> "Admin path " + path + " requested from " + from + " on port " + request.getLocalPort()
                    + ", not the admin port: 404");
            return refuse(response, HttpServletResponse.SC_NOT_FOUND, null);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential credential = credential(header.substring(BASIC.length()).strip());
            String client = String.valueOf(request.getRemoteAddr());
            String account = credential == null ? "" : credential.getCaller();
            if (throttle.blocked(client, account)) {
                LOG.info(() -> "Admin sign-in refused (429, throttled) for client " + Logs.neutralise(client, 64)
                        + " and account '" + Logs.neutralise(account, 100) + "'");
                return refuse(response, 429, throttle.window().toSeconds());
            }
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    signedIn(client, result.getCallerPrincipal().getName());
                    return context.notifyContainerAboutLogin(result);
                }
            }
            failed(client, account, credential == null ? "credentials that are not Base64 of user:password"
                    : "wrong user name or password");
            return challenge(request, response, context);
        }
        if (context.isProtected() || context.isAuthenticationRequest()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    private void signedIn(String client, String account) {
        if (throttle.firstSignInOfWindow(client, account)) {
            String who = Logs.neutralise(account, 100);
            String from = Logs.neutralise(client, 64);
            LOG.info(() -> "Admin " + who + " signed in from " + from);
            record(who, "admin.signed-in", "account:" + who, "from " + from);
        }
    }

    private void failed(String client, String account, String why) {
        boolean nowBlocked = throttle.failed(client, account);
        String who = Logs.neutralise(account, 100);
        String from = Logs.neutralise(client, 64);
        LOG.warning(() -> "Admin sign-in failed for account '" + who + "' from " + from + ": " + why
                + (nowBlocked ? "; further attempts are refused for " + throttle.window() : ""));
        record("client:" + from, "admin.signin-failed", "account:" + who, why);
        if (nowBlocked) {
            record("client:" + from, "admin.signin-throttled", "account:" + who, "sign-ins of this client or account"
                    + " refused for " + throttle.window());
        }
    }

    private void record(String actor, String action, String subject, String details) {
        try {
            audit.record(actor, action, subject, details);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit " + action, e);
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, Long retryAfterSeconds) {
        try {
            if (retryAfterSeconds != null) {
                response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            }
            response.sendError(status);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send " + status, e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        String scheme = fromBrowser(request) ? CONSOLE_SCHEME : "Basic";
        response.setHeader("WWW-Authenticate", scheme + " realm=\"" + AdminAuthentication.REALM + "\"");
        return context.responseUnauthorized();
    }

    /**
     * Whether a request comes from a browser, which must never get a Basic challenge: it would show its built-in
     * prompt and then send the cached credentials on its own, to requests other sites make it send. Browsers mark
     * every request with {@code Sec-Fetch-*} (Fetch Metadata) and their {@code Mozilla/} user agent; scripted calls
     * carry {@code X-Requested-With} or an {@code Origin}.
     *
     * @param request the request
     * @return true for a browser or a script running in one; false for API clients such as curl or Java's
     *         HttpClient, which still get {@code WWW-Authenticate: Basic}
     */
    static boolean fromBrowser(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return request.getHeader("X-Requested-With") != null || request.getHeader("Origin") != null
                || request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || (agent != null && agent.startsWith("Mozilla/"));
    }

    /**
     * @param encoded the Base64 part of a Basic header
     * @return the user and password, or null when it is not Base64 of {@code user:password}
     */
    static UsernamePasswordCredential credential(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
