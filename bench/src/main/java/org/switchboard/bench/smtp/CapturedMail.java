package org.switchboard.bench.smtp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message {@link SmtpStandIn} accepted (answered {@code 250} to the end of its data, on time or late).
 *
 * @param envelopeFrom  the {@code MAIL FROM} address (empty for a null reverse path)
 * @param recipients    the {@code RCPT TO} addresses, in order
 * @param messageId     its {@code Message-ID} header, with angle brackets, or null
 * @param inReplyTo     its {@code In-Reply-To} header, or null
 * @param to            its {@code To} header as sent (unfolded), or null
 * @param autoSubmitted its {@code Auto-Submitted} header (RFC 3834), or null
 * @param raw           the message as received (headers and body, CRLF line ends, dot-unstuffed; the stand-in's
 *                      {@code Received} header first)
 * @param acceptedAt    when the stand-in accepted it (server clock)
 */
public record CapturedMail(String envelopeFrom, List<String> recipients, String messageId, String inReplyTo,
                           String to, String autoSubmitted, byte[] raw, Instant acceptedAt) {

    /**
     * Copies the lists.
     *
     * @param envelopeFrom  see the record description
     * @param recipients    see the record description
     * @param messageId     see the record description
     * @param inReplyTo     see the record description
     * @param to            see the record description
     * @param autoSubmitted see the record description
     * @param raw           see the record description
     * @param acceptedAt    see the record description
     * @throws NullPointerException if envelopeFrom, recipients, raw or acceptedAt is null
     */
    public CapturedMail {
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
