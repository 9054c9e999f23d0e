package org.switchboard.email.outbound;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;

/**
 * Classifies SMTP failures by their reply code (RFC 5321 section 4.2.1; enhanced codes RFC 3463):
 * <ul>
 *   <li>5xx for the recipient ({@code 550 5.1.1 user unknown}, {@code 553}) or for the message
 *       ({@code 554 5.7.1 rejected}, {@code 552 too big}): {@link PermanentDeliveryException}, retrying cannot help;</li>
 *   <li>4xx ({@code 421}, {@code 450 mailbox busy}, {@code 451}, {@code 452}), connection failures and timeouts:
 *       {@link SmtpTransientException}, retried at once and then by the outbox;</li>
 *   <li>a timeout or lost connection without a reply code <em>after the message's data was sent</em>: the server
 *       may have accepted it and only its answer was lost (RFC 1047), so a {@link RetryableDeliveryException}
 *       without an immediate retry; the outbox sends it again later, with the same Message-ID;</li>
 *   <li>authentication failures ({@code 535}): {@link RetryableDeliveryException} without an immediate retry, so the
 *       reply waits in the outbox until the credentials are fixed (it is dead-lettered after the outbox's
 *       attempts);</li>
 *   <li>5xx for our own sender address ({@code MAIL FROM} refused): permanent as well, it is a configuration error
 *       a human must see.</li>
 * </ul>
 */
final class SmtpErrors {

    private SmtpErrors() {
    }

    /**
     * @param e a failure before the message's data was sent (connecting, {@code MAIL FROM}, {@code RCPT TO})
     * @return as {@link #classify(MessagingException, boolean)} with {@code dataSent} false
     */
    static Exception classify(MessagingException e) {
        return classify(e, false);
    }

    /**
     * @param e        the failure of one send
     * @param dataSent whether the end of the message's data had been sent when it failed
     * @return a {@link PermanentDeliveryException}, an {@link SmtpTransientException} (retried at once) or another
     *         {@link RetryableDeliveryException} (left to the outbox)
     */
    static Exception classify(MessagingException e, boolean dataSent) {
        if (e instanceof AuthenticationFailedException) {
            return new RetryableDeliveryException("SMTP authentication failed (check MAIL_SMTP_USER and "
                    + "MAIL_SMTP_PASSWORD)", null, e);
        }
        int code = replyCode(e);
        if (code >= 500) {
            return new PermanentDeliveryException("SMTP refused the reply permanently (" + code + "): "
                    + firstLine(e) + recipients(e), e);
        }
        if (code >= 400) {
            return new SmtpTransientException("SMTP refused the reply for now (" + code + "): " + firstLine(e), e);
        }
        if (dataSent) {
            return new RetryableDeliveryException("SMTP server did not answer the end of the reply's data ("
                    + firstLine(e) + "); it may have accepted it (RFC 1047), so it is not resent at once", null, e);
        }
        if (e instanceof MailConnectException || hasCause(e, IOException.class)) {
            return new SmtpTransientException("SMTP connection failed: " + firstLine(e), e);
        }
        if (e instanceof SendFailedException sf && sf.getInvalidAddresses() != null
                && sf.getInvalidAddresses().length > 0) {
            return new PermanentDeliveryException("invalid recipient address" + recipients(e), e);
        }
        return new SmtpTransientException("SMTP send failed: " + firstLine(e), e);
    }

    /** The most specific SMTP reply code in the exception chain, or 0. */
    static int replyCode(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (x instanceof SMTPSenderFailedException s) {
                return s.getReturnCode();
            }
            if (x instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                int nested = s.getNextException() instanceof MessagingException m ? replyCode(m) : 0;
                return nested > 0 ? nested : s.getReturnCode();
            }
        }
        return 0;
    }

    private static String recipients(MessagingException e) {
        if (e instanceof SendFailedException sf && sf.getInvalidAddresses() != null
                && sf.getInvalidAddresses().length > 0) {
            StringBuilder out = new StringBuilder(" (recipient ");
            for (Address a : sf.getInvalidAddresses()) {
                out.append(a).append(' ');
            }
            return out.toString().trim() + ")";
        }
        return "";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
