package org.switchboard.email.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict parser of one Authentication-Results field value (RFC 8601 section 2.2, the header already unfolded):
 * <pre>
 * authserv-id [ CFWS authres-version ] ( ";" "none" / 1*( ";" method ["/" version] "=" result
 *                                                           [reason "=" value] *( ptype "." property "=" pvalue ) ) )
 * </pre>
 * Comments ({@code (...)}, nested, with quoted pairs) and folding white space may stand between any two tokens and
 * are dropped; quoted strings are unquoted. One leniency, because large providers emit it: a bare
 * {@code key=value} after a result (Microsoft's {@code action=none}, {@code reason=...}) is kept as a property under
 * its bare key. Anything else that does not follow the grammar (an unclosed comment or quote, a method without a
 * result, a version other than 1, control characters outside comments, more than {@value #MAX_CHARS} characters or
 * {@value #MAX_RESULTS} results) is rejected. Stateless and thread-safe.
 */
public final class AuthenticationResultsParser {

    /** The longest field value parsed, in characters. */
    public static final int MAX_CHARS = 16 * 1024;
    /** The most results accepted in one field. */
    public static final int MAX_RESULTS = 64;

    private static final String TSPECIALS = "()<>@,;:\\\"/[]?=";

    private AuthenticationResultsParser() {
    }

    /**
     * @param value the field value (everything after {@code Authentication-Results:}), unfolded
     * @return the parsed field
     * @throws MalformedAuthenticationResultsException when the value does not follow the grammar
     * @throws NullPointerException                    if value is null
     */
    public static AuthenticationResults parse(String value) throws MalformedAuthenticationResultsException {
        if (value.length() > MAX_CHARS) {
            throw new MalformedAuthenticationResultsException("longer than " + MAX_CHARS + " characters", null);
        }
        return new Cursor(value).field();
    }

    /**
     * @param value a property value naming a domain or an address ({@code example.com}, {@code @example.com},
     *              {@code user@example.com})
     * @return the domain part, lower case
     */
    public static String domainOf(String value) {
        int at = value.lastIndexOf('@');
        return (at < 0 ? value : value.substring(at + 1)).toLowerCase(Locale.ROOT);
    }

    /** Recursive descent over the value; {@code pos} is the next character. */
    private static final class Cursor {
        private final String s;
        private int pos;
        private String authservId;

        Cursor(String s) {
            this.s = s;
        }

        AuthenticationResults field() throws MalformedAuthenticationResultsException {
            cfws();
            authservId = value("authserv-id");
            boolean spaced = cfws();
            if (spaced && pos < s.length() && isDigit(s.charAt(pos))) {
                int start = pos;
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
                String version = s.substring(start, pos);
                if (!"1".equals(version)) {
                    throw error("unsupported version " + version);
                }
                cfws();
            }
            List<MethodResult> results = new ArrayList<>();
            if (!consume(';')) {
                throw error("';' expected after the authserv-id");
            }
            cfws();
            int mark = pos;
            String first = keyword("method");
            cfws();
            if (first.equalsIgnoreCase("none") && pos == s.length()) {
                return new AuthenticationResults(authservId, List.of());
            }
            pos = mark;
            while (true) {
                results.add(resinfo());
                if (results.size() > MAX_RESULTS) {
                    throw error("more than " + MAX_RESULTS + " results");
                }
                cfws();
                if (pos == s.length()) {
                    return new AuthenticationResults(authservId, results);
                }
                if (!consume(';')) {
                    throw error("';' expected between results");
                }
                cfws();
                if (pos == s.length()) {
                    // a trailing ';' (written by some servers) ends the field
                    return new AuthenticationResults(authservId, results);
                }
            }
        }

        private MethodResult resinfo() throws MalformedAuthenticationResultsException {
            String method = keyword("method");
            cfws();
            if (consume('/')) {
                cfws();
                int start = pos;
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw error("method version expected");
                }
                cfws();
            }
            if (!consume('=')) {
                throw error("'=' expected after method " + method);
            }
            cfws();
            String result = keyword("result");
            Map<String, String> properties = new LinkedHashMap<>();
            while (true) {
                boolean spaced = cfws();
                if (pos == s.length() || s.charAt(pos) == ';') {
                    return new MethodResult(method, result, properties);
                }
                if (!spaced) {
                    throw error("white space expected before a property");
                }
                String ptype = keyword("property type");
                cfws();
                String key;
                if (consume('.')) {
                    cfws();
                    key = ptype + "." + keyword("property");
                    cfws();
                } else {
                    key = ptype;
                }
                if (!consume('=')) {
                    throw error("'=' expected after " + key);
                }
                cfws();
                properties.putIfAbsent(key.toLowerCase(Locale.ROOT), pvalue());
            }
        }

        /** A property value: a quoted string, or a run of visible characters up to white space, ';' or '('. */
        private String pvalue() throws MalformedAuthenticationResultsException {
            if (pos < s.length() && s.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ';' || c == '(' || c == ')' || c == '"' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    break;
                }
                if (c < 0x21 || c > 0x7e) {
                    throw error("control or non-ASCII character in a value");
                }
                pos++;
            }
            if (start == pos) {
                throw error("value expected");
            }
            return s.substring(start, pos);
        }

        /** RFC 2045 {@code value}: a token or a quoted string. */
        private String value(String what) throws MalformedAuthenticationResultsException {
            if (pos < s.length() && s.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c <= 0x20 || c >= 0x7f || TSPECIALS.indexOf(c) >= 0) {
                    break;
                }
                pos++;
            }
            if (start == pos) {
                throw error(what + " expected");
            }
            return s.substring(start, pos);
        }

        /** RFC 5321 {@code Keyword}-like: letters, digits, '-' and '_', starting with a letter or digit. */
        private String keyword(String what) throws MalformedAuthenticationResultsException {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)
                        || (pos > start && (c == '-' || c == '_'));
                if (!ok) {
                    break;
                }
                pos++;
            }
            if (start == pos) {
                throw error(what + " expected");
            }
            return s.substring(start, pos);
        }

        private String quoted() throws MalformedAuthenticationResultsException {
            pos++;
            StringBuilder out = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (pos == s.length()) {
                        break;
                    }
                    c = s.charAt(pos++);
                }
                if (c < 0x20 && c != '\t') {
                    throw error("control character in a quoted string");
                }
                out.append(c);
            }
            throw error("unclosed quoted string");
        }

        /** Skips white space and comments; returns whether anything was skipped. */
        private boolean cfws() throws MalformedAuthenticationResultsException {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    pos++;
                } else if (c == '(') {
                    comment();
                } else {
                    break;
                }
            }
            return pos > start;
        }

        private void comment() throws MalformedAuthenticationResultsException {
            int depth = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\\') {
                    pos++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                }
            }
            throw error("unclosed comment");
        }

        private boolean consume(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private MalformedAuthenticationResultsException error(String what) {
            return new MalformedAuthenticationResultsException(what + " at character " + pos, authservId);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
