package org.switchboard.email.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.email.config.EmailSettings;

/**
 * What a failed send is retried as, against a real SMTP server (SubEtha) that answers late or refuses: a read timeout
 * before the message's data is retried at once ({@link SmtpTransientException}); one after the data is not, because
 * the server may have accepted the message (RFC 1047), and a retry within the call would send a second (or third)
 * copy at once.
 */
class SmtpSenderTest {

    private static final int TIMEOUT_MS = 500;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<byte[]> accepted = new CopyOnWriteArrayList<>();
    private SMTPServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aTimeoutAfterTheDataIsLeftToTheOutboxBecauseTheServerMayHaveAcceptedTheMessage() throws Exception {
        SmtpSender sender = senderTo(new Handler(stage -> {
            if (stage.equals("accepted")) {
                awaitRelease(); // accepted, but the answer to "." comes after the client's timeout
            }
        }));

        assertThatThrownBy(() -> sender.send(reply(sender))).isInstanceOf(RetryableDeliveryException.class)
                .isNotInstanceOf(SmtpTransientException.class).hasMessageContaining("RFC 1047");
        assertThat(accepted).as("the copy the server kept").hasSize(1);
    }

    @Test
    void aTimeoutAtMailFromIsRetriedAtOnceBecauseNothingWasSent() throws Exception {
        SmtpSender sender = senderTo(new Handler(stage -> {
            if (stage.equals("from")) {
                awaitRelease();
            }
        }));

        assertThatThrownBy(() -> sender.send(reply(sender))).isInstanceOf(SmtpTransientException.class)
                .hasMessageContaining("connection failed");
        assertThat(accepted).isEmpty();
    }

    @Test
    void a451AfterTheDataIsARefusalAndRetriedAtOnce() throws Exception {
        SmtpSender sender = senderTo(new Handler(stage -> {
            if (stage.equals("data")) {
                throw new Refusal(451, "4.3.0 Mail server temporarily rejected message");
            }
        }));

        assertThatThrownBy(() -> sender.send(reply(sender))).isInstanceOf(SmtpTransientException.class)
                .hasMessageContaining("451");
    }

    @Test
    void anAcceptedMessageIsSentOnce() throws Exception {
        SmtpSender sender = senderTo(new Handler(stage -> { }));

        sender.send(reply(sender));

        assertThat(accepted).hasSize(1);
    }

    private SmtpSender senderTo(Handler handler) {
        server = SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress())
                .messageHandlerFactory(context -> handler).build();
        server.start();
        Map<String, String> values = Map.of(EmailSettings.SMTP_HOST, "127.0.0.1",
                EmailSettings.SMTP_PORT, Integer.toString(server.getPortAllocated()), EmailSettings.SMTP_TLS, "none",
                EmailSettings.SMTP_AUTH, "false", EmailSettings.SUPPORT_ADDRESS, "support@example.com",
                EmailSettings.TIMEOUT_MS, Integer.toString(TIMEOUT_MS));
        return new SmtpSender(EmailSettings.from(name -> Optional.ofNullable(values.get(name))));
    }

    private static MimeMessage reply(SmtpSender sender) throws Exception {
        MimeMessage message = new MimeMessage(sender.session());
        message.setFrom(new InternetAddress("support@example.com"));
        message.setRecipients(MimeMessage.RecipientType.TO, "customer@example.org");
        message.setSubject("Re: Where is my order?");
        message.setText("It left our warehouse yesterday.");
        message.saveChanges();
        return message;
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A refusal thrown from a stage. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        Refusal(int code, String text) {
            super(text);
            this.code = code;
        }
    }

    /**
     * Answers every transaction; {@code atStage} runs at {@code from}, {@code rcpt}, {@code data} (read, not yet
     * accepted: a refusal there refuses the message) and {@code accepted} (kept, not yet answered).
     */
    private final class Handler implements MessageHandler {
        private final Consumer<String> atStage;

        Handler(Consumer<String> atStage) {
            this.atStage = atStage;
        }

        @Override
        public void from(String from) throws RejectException {
            run("from");
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            run("rcpt");
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] raw = data.readAllBytes();
            run("data");
            accepted.add(raw);
            run("accepted");
            return null;
        }

        @Override
        public void done() {
        }

        private void run(String stage) throws RejectException {
            try {
                atStage.accept(stage);
            } catch (Refusal r) {
                throw new RejectException(r.code, r.getMessage());
            }
        }
    }
}
