package org.switchboard.email.auth;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.email.mime.EmailAddress;
import org.switchboard.email.mime.MailHeaders;

/**
 * Decides whether an inbound email's From address is a verified identity, from the Authentication-Results header
 * fields (RFC 8601) the receiving mail server added. Only fields whose authserv-id equals the configured trusted one
 * ({@code MAIL_TRUSTED_AUTHSERV_ID}, case-insensitive) count: any other field may have been written by the sender.
 * That server must remove fields with its own authserv-id from incoming mail (RFC 8601 section 5, which Postfix with
 * OpenDMARC/OpenDKIM, rspamd, Gmail and Microsoft 365 do).
 *
 * <p>The From address is authenticated when the message has exactly one From mailbox, at least one trusted field,
 * and every trusted field says, for the From domain, one of:
 * <ul>
 *   <li>{@code dmarc=pass} with {@code header.from} equal to the From domain (RFC 7489), or</li>
 *   <li>{@code dkim=pass} with {@code header.d} (or the domain of {@code header.i}) aligned with the From domain, or</li>
 *   <li>{@code spf=pass} with the domain of {@code smtp.mailfrom} aligned with the From domain,</li>
 * </ul>
 * and none says {@code dmarc=fail}. Aligned means equal, or one a subdomain of the other (DMARC's relaxed alignment
 * without the public-suffix list, so it is never wider than DMARC's: a domain of a single label never aligns).
 * Two trusted fields that disagree, a malformed trusted field, no trusted field, or no trusted id configured at all:
 * not authenticated. Stateless and thread-safe.
 */
public final class SenderAuthenticator {

    /** The header field read. */
    public static final String HEADER = "Authentication-Results";

    private final Optional<String> trustedAuthservId;

    /**
     * @param trustedAuthservId the authserv-id of the receiving server whose results are trusted; empty: no sender is
     *                          ever authenticated
     */
    public SenderAuthenticator(Optional<String> trustedAuthservId) {
        this.trustedAuthservId = trustedAuthservId.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** @return whether a trusted authserv-id is configured (without one, no sender is ever authenticated) */
    public boolean configured() {
        return trustedAuthservId.isPresent();
    }

    /**
     * @param headers the message's top-level header fields
     * @param from    the message's first From mailbox, if any
     * @return whether the From address is authenticated, and why
     */
    public SenderAuthentication check(MailHeaders headers, Optional<EmailAddress> from) {
        if (trustedAuthservId.isEmpty()) {
            return SenderAuthentication.refused("MAIL_TRUSTED_AUTHSERV_ID is not set: no sender is authenticated");
        }
        String trusted = trustedAuthservId.get();
        if (from.isEmpty() || from.get().domain().isEmpty()) {
            return SenderAuthentication.refused("no From address");
        }
        List<String> fromFields = headers.all("From");
        if (fromFields.size() != 1 || mailboxes(fromFields.get(0)) != 1) {
            return SenderAuthentication.refused("not exactly one From mailbox");
        }
        String domain = from.get().domain();
        List<AuthenticationResults> fields = new ArrayList<>();
        for (String value : headers.all(HEADER)) {
            try {
                AuthenticationResults parsed = AuthenticationResultsParser.parse(value);
                if (parsed.authservId().equalsIgnoreCase(trusted)) {
                    fields.add(parsed);
                }
            } catch (MalformedAuthenticationResultsException e) {
                if (e.authservId().filter(trusted::equalsIgnoreCase).isPresent()) {
                    return SenderAuthentication.refused("malformed " + HEADER + " from " + trusted + ": "
                            + e.getMessage());
                }
            }
        }
        if (fields.isEmpty()) {
            return SenderAuthentication.refused("no " + HEADER + " from " + trusted);
        }
        String pass = null;
        for (AuthenticationResults field : fields) {
            Optional<String> passed = passFor(field, domain);
            if (passed.isEmpty()) {
                return SenderAuthentication.refused((fields.size() > 1 ? fields.size() + " " + HEADER
                        + " fields from " + trusted + " disagree; " : "") + summary(field) + " by " + trusted
                        + " for " + domain);
            }
            pass = pass == null ? passed.get() : pass;
        }
        return SenderAuthentication.pass(pass + " by " + trusted);
    }

    /** The strongest passing, aligned result of the field (dmarc, dkim, spf), unless it holds a dmarc failure. */
    private static Optional<String> passFor(AuthenticationResults field, String domain) {
        Optional<String> dmarc = Optional.empty();
        Optional<String> dkim = Optional.empty();
        Optional<String> spf = Optional.empty();
        for (MethodResult r : field.results()) {
            switch (r.method()) {
                case "dmarc" -> {
                    Optional<String> headerFrom = r.property("header.from").map(AuthenticationResultsParser::domainOf);
                    if (!r.passed() && !"none".equals(r.result()) && !"bestguesspass".equals(r.result())) {
                        return Optional.empty();
                    }
                    if (r.passed() && headerFrom.filter(domain::equalsIgnoreCase).isPresent() && dmarc.isEmpty()) {
                        dmarc = Optional.of("dmarc=pass header.from=" + domain);
                    }
                }
                case "dkim" -> {
                    Optional<String> d = r.property("header.d")
                            .or(() -> r.property("header.i").map(AuthenticationResultsParser::domainOf));
                    if (r.passed() && d.filter(x -> aligned(x, domain)).isPresent() && dkim.isEmpty()) {
                        dkim = Optional.of("dkim=pass header.d=" + d.get().toLowerCase(Locale.ROOT));
                    }
                }
                case "spf" -> {
                    Optional<String> mailFrom = r.property("smtp.mailfrom").map(AuthenticationResultsParser::domainOf);
                    if (r.passed() && mailFrom.filter(x -> aligned(x, domain)).isPresent() && spf.isEmpty()) {
                        spf = Optional.of("spf=pass smtp.mailfrom domain " + mailFrom.get().toLowerCase(Locale.ROOT));
                    }
                }
                default -> {
                    // other methods (arc, iprev, auth, ...) do not authenticate the From address
                }
            }
        }
        return dmarc.isPresent() ? dmarc : dkim.isPresent() ? dkim : spf;
    }

    /**
     * @param authenticated the domain a method authenticated
     * @param fromDomain    the From address's domain
     * @return whether they are equal or one is a subdomain of the other, both having at least two labels
     */
    static boolean aligned(String authenticated, String fromDomain) {
        String a = trimDot(authenticated.toLowerCase(Locale.ROOT));
        String f = trimDot(fromDomain.toLowerCase(Locale.ROOT));
        if (!a.contains(".") || !f.contains(".")) {
            return false;
        }
        return a.equals(f) || a.endsWith("." + f) || f.endsWith("." + a);
    }

    private static String trimDot(String domain) {
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    private static String summary(AuthenticationResults field) {
        if (field.results().isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (MethodResult r : field.results()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(r.method()).append('=').append(r.result());
        }
        return out.toString();
    }

    private static int mailboxes(String fromValue) {
        try {
            return InternetAddress.parseHeader(fromValue, false).length;
        } catch (AddressException | RuntimeException e) {
            return 0;
        }
    }
}
