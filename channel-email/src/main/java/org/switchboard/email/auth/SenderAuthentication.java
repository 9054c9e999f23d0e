package org.switchboard.email.auth;

import java.util.Objects;

/**
 * Whether an inbound email's From address is authenticated, and why.
 *
 * @param authenticated whether the From address is a verified identity
 * @param detail        how it was decided, for logs and the audit trail, e.g. {@code dmarc=pass header.from=example.com
 *                      by mx.example.net} or {@code no Authentication-Results from mx.example.net}; no message content,
 *                      at most 300 characters
 */
public record SenderAuthentication(boolean authenticated, String detail) {

    /** @throws NullPointerException if detail is null */
    public SenderAuthentication {
        Objects.requireNonNull(detail, "detail");
        detail = detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    static SenderAuthentication pass(String detail) {
        return new SenderAuthentication(true, detail);
    }

    static SenderAuthentication refused(String detail) {
        return new SenderAuthentication(false, detail);
    }
}
