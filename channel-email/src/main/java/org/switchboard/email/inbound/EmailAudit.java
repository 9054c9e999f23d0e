package org.switchboard.email.inbound;

/**
 * Port: flags a stored message for a human (rate-limited, malformed, no sender). In production an audit entry
 * ({@link AuditLogEmailAudit}); the transcript already shows the message with its no-reply reason.
 */
public interface EmailAudit {

    /**
     * @param action  dotted verb, e.g. {@code email.rate-limited}
     * @param subject what it concerns, e.g. {@code email:<message-id>}
     * @param details free text without secrets or message content
     */
    void flag(String action, String subject, String details);
}
