package org.switchboard.bench.smtp;

/** The points of an SMTP mail transaction (RFC 5321 section 3.3) at which {@link SmtpStandIn} can inject a fault. */
public enum SmtpStage {
    /** The answer to {@code MAIL FROM}: the transaction's first command. */
    MAIL_FROM,
    /** The answer to {@code RCPT TO}. */
    RCPT_TO,
    /**
     * The answer to the final {@code "."} after the message data: a refusal here means the message is
     * <em>not</em> accepted; a late answer here means it is accepted but the client hears so late (RFC 1047).
     */
    END_OF_DATA
}
