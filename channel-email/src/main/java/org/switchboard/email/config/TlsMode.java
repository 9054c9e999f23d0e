package org.switchboard.email.config;

import java.util.Locale;

/**
 * How a mail connection is protected.
 *
 * <ul>
 *   <li>{@link #SSL}: implicit TLS from the first byte (IMAPS, RFC 8314 section 3; SMTP submission on port 465);</li>
 *   <li>{@link #STARTTLS}: plain connect, then upgrade with STARTTLS (RFC 2595 for IMAP, RFC 3207 for SMTP); the
 *       upgrade is required, a server that does not offer it is refused;</li>
 *   <li>{@link #NONE}: no TLS, for local test servers only.</li>
 * </ul>
 */
public enum TlsMode {
    /** Implicit TLS. */
    SSL,
    /** Plain connect, then a required STARTTLS upgrade. */
    STARTTLS,
    /** No TLS (local test servers). */
    NONE;

    /**
     * Reads a configured value.
     *
     * @param value {@code ssl} (or {@code tls}, {@code implicit}), {@code starttls}, {@code none} (or {@code plain},
     *              {@code off}); case-insensitive
     * @return the mode
     * @throws IllegalArgumentException when the value is none of those
     */
    public static TlsMode parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ssl", "tls", "implicit" -> SSL;
            case "starttls" -> STARTTLS;
            case "none", "plain", "off" -> NONE;
            default -> throw new IllegalArgumentException("unknown TLS mode '" + value
                    + "' (use ssl, starttls or none)");
        };
    }
}
