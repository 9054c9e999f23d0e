package org.switchboard.bench.emailreplay;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox holding a real message whose {@code From} Jakarta Mail cannot parse (two name-addr values without a
 * comma, from enmime's test data) must not hide the bot's replies: the message is skipped and counted, every
 * reply is still reported.
 */
class UnparseableFromTest {

    private static final String CUSTOMER_MESSAGE_ID = "<order-question-1@customer.example>";

    @Test
    void aMessageWithAnUnparseableFromIsSkippedAndCountedAndTheRepliesAreStillFound(@TempDir Path dir)
            throws Exception {
        Path malformed = fixture("email/malformed-multiple-address-header-values.eml");
        Path question = dir.resolve("question.eml");
        writeCustomerQuestion(question);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (LocalMailServer mail = new LocalMailServer(freePort(), freePort(), EmailReplay.SUPPORT_ADDRESS,
                EmailReplay.LOGIN, EmailReplay.PASSWORD)) {
            try (InputStream in = Files.newInputStream(malformed)) {
                // the unreadable message is in the server before the bot's reply, as in a real mixed mailbox
                mail.deliverToSupport(new MimeMessage(Session.getInstance(new Properties()), in));
            }
            sendReplyAsTheBot(mail.smtpPort(), CUSTOMER_MESSAGE_ID);

            LocalMailServer.MailboxScan scan = mail.automaticReplies();
            assertThat(scan.unreadable()).isEqualTo(1);
            assertThat(scan.replies()).singleElement()
                    .satisfies(r -> assertThat(r.getHeader("In-Reply-To", null)).isEqualTo(CUSTOMER_MESSAGE_ID));

            int exit = EmailReplay.replay(mail, List.of(question), Duration.ofSeconds(2),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(exit).isZero();
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("question.eml -> \"Re: Where is my order?\": Your order ships tomorrow.")
                .contains("skipped 1 stored message(s) whose headers could not be read")
                .contains("replayed 1 emails: 1 answered, 0 not answered, 0 errors");
    }

    private static void writeCustomerQuestion(Path file) throws Exception {
        MimeMessage question = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", CUSTOMER_MESSAGE_ID);
            }
        };
        question.setFrom(new InternetAddress("dana@customer.example", "Dana Customer"));
        question.setRecipients(MimeMessage.RecipientType.TO, EmailReplay.SUPPORT_ADDRESS);
        question.setSubject("Where is my order?");
        question.setText("Hello, my order 1042 has not arrived yet.");
        question.saveChanges();
        try (var out = Files.newOutputStream(file)) {
            question.writeTo(out);
        }
    }

    private static void sendReplyAsTheBot(int smtpPort, String inReplyTo) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage reply = new MimeMessage(Session.getInstance(props));
        reply.setFrom(new InternetAddress(EmailReplay.SUPPORT_ADDRESS));
        reply.setRecipients(MimeMessage.RecipientType.TO, "dana@customer.example");
        reply.setSubject("Re: Where is my order?");
        reply.setHeader("Auto-Submitted", "auto-replied");
        reply.setHeader("In-Reply-To", inReplyTo);
        reply.setText("Your order ships tomorrow.");
        Transport.send(reply);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(UnparseableFromTest.class.getClassLoader().getResource(name).toURI());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
