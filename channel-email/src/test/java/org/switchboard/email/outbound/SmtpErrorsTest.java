package org.switchboard.email.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;

/** SMTP reply codes to retry-now, retry-later and give-up (RFC 5321 section 4.2.1). */
class SmtpErrorsTest {

    private static SendFailedException failedFor(int code, String text) throws Exception {
        InternetAddress to = new InternetAddress("gone@example.org");
        SMTPAddressFailedException address = new SMTPAddressFailedException(to, "RCPT TO", code, text);
        return new SendFailedException("Invalid Addresses", address, new Address[0], new Address[0],
                new Address[]{to});
    }

    @Test
    void a5xxRecipientRefusalIsPermanent() throws Exception {
        Exception e = SmtpErrors.classify(failedFor(550, "550 5.1.1 User unknown"));
        assertThat(e).isInstanceOf(PermanentDeliveryException.class).hasMessageContaining("550")
                .hasMessageContaining("gone@example.org");
    }

    @Test
    void a4xxRecipientRefusalIsTransient() throws Exception {
        assertThat(SmtpErrors.classify(failedFor(450, "450 4.2.1 Mailbox busy")))
                .isInstanceOf(SmtpTransientException.class).hasMessageContaining("450");
    }

    @Test
    void aRejectedMessageIsPermanentAndAThrottledOneTransient() {
        assertThat(SmtpErrors.classify(new SMTPSendFailedException("DATA", 554, "554 5.7.1 Rejected", null, null,
                null, null))).isInstanceOf(PermanentDeliveryException.class);
        assertThat(SmtpErrors.classify(new SMTPSendFailedException("DATA", 421, "421 Try later", null, null, null,
                null))).isInstanceOf(SmtpTransientException.class);
    }

    @Test
    void connectionFailuresAreTransientAndBadCredentialsWaitInTheOutbox() {
        MessagingException refused = new MailConnectException(new SocketConnectException("refused",
                new ConnectException("Connection refused"), "127.0.0.1", 1, 1000));
        assertThat(SmtpErrors.classify(refused)).isInstanceOf(SmtpTransientException.class);
        Exception auth = SmtpErrors.classify(new AuthenticationFailedException("535 5.7.8 bad credentials"));
        assertThat(auth).isInstanceOf(RetryableDeliveryException.class).isNotInstanceOf(SmtpTransientException.class)
                .hasMessageContaining("MAIL_SMTP_PASSWORD");
    }

    @Test
    void aReadTimeoutIsRetriedAtOnceBeforeTheDataAndLeftToTheOutboxAfterIt() {
        MessagingException timeout = new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"));
        assertThat(SmtpErrors.classify(timeout, false)).isInstanceOf(SmtpTransientException.class);
        assertThat(SmtpErrors.classify(timeout, true)).isInstanceOf(RetryableDeliveryException.class)
                .isNotInstanceOf(SmtpTransientException.class).hasMessageContaining("may have accepted it");
        assertThat(SmtpErrors.classify(new SMTPSendFailedException(".", 451, "451 4.3.0 Try later", null, null, null,
                null), true)).as("a refusal after the data is an answer, not an unknown outcome")
                .isInstanceOf(SmtpTransientException.class);
    }
}
