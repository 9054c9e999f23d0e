package org.switchboard.email.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.config.MailSessions;

/**
 * Sends one message through the configured SMTP server (RFC 5321; STARTTLS RFC 3207 or implicit TLS RFC 8314;
 * AUTH RFC 4954) on an explicit session, with MicroProfile Fault Tolerance: 60 s timeout for the whole call (each
 * socket operation also has {@code MAIL_TIMEOUT_MS}); up to 2 immediate retries 500 ms apart for
 * {@link SmtpTransientException} (4xx, connection failures); a circuit breaker that opens after 10 calls with 75 %
 * failures and half-opens after 30 s. Permanent refusals (5xx) are not retried. A timeout or lost connection after
 * the message's data was sent is not retried within the call either: the server may have accepted the message
 * (RFC 1047), so it is left to the outbox's later attempt, which sends it with the same Message-ID
 * ({@link DataTrackingTransport}).
 */
@ApplicationScoped
public class SmtpSender {

    @Inject
    EmailSettings settings;

    private volatile Session session;

    /** For CDI. */
    public SmtpSender() {
    }

    /** @param settings the configuration (tests, outside a container) */
    public SmtpSender(EmailSettings settings) {
        this.settings = settings;
    }

    /**
     * @param message a complete message; its recipients are its To/Cc/Bcc
     * @throws RetryableDeliveryException on transient failures ({@link SmtpTransientException}) and authentication
     *                                    failures
     * @throws PermanentDeliveryException when the server refuses the recipient or the message for good, or no SMTP
     *                                    host is configured
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 0, retryOn = SmtpTransientException.class,
            abortOn = PermanentDeliveryException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public void send(MimeMessage message) throws RetryableDeliveryException, PermanentDeliveryException {
        if (settings.smtpHost().isEmpty()) {
            throw new PermanentDeliveryException("MAIL_SMTP_HOST is not configured", null);
        }
        DataTrackingTransport transport = new DataTrackingTransport(session(), MailSessions.smtpProtocol(settings));
        try {
            transport.connect(settings.smtpHost().get(), settings.smtpPort(),
                    settings.smtpAuth() ? settings.smtpUser().orElse(null) : null,
                    settings.smtpAuth() ? settings.smtpPassword().orElse(null) : null);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            Exception failure = SmtpErrors.classify(e, transport.dataEnded());
            if (failure instanceof PermanentDeliveryException p) {
                throw p;
            }
            throw (RetryableDeliveryException) failure;
        } finally {
            quit(transport);
        }
    }

    /**
     * Ends the connection. A failed {@code QUIT} after the server accepted the message changes nothing about the
     * delivery (RFC 5321 section 4.1.1.10), so it is not a failure of the send: counting it as one would send the
     * message again.
     */
    private static void quit(DataTrackingTransport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the connection is gone either way
        }
    }

    /** @return the SMTP session, built once from the settings */
    public Session session() {
        Session s = session;
        if (s == null) {
            s = MailSessions.smtp(settings);
            session = s;
        }
        return s;
    }
}
