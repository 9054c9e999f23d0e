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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmailReplayTest {

    private static final Path SUPPORT = Path.of(System.getProperty("email.fixtures", "../test-fixtures/email"))
            .resolve("support");

    @Test
    void printsEachDeliveredEmailWithTheAutomaticReplyThatAnswersIt() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SUPPORT)) {
            files = walk.filter(p -> p.toString().endsWith(".eml")).sorted().limit(2).toList();
        }
        Session session = Session.getInstance(new Properties());
        String answeredId;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            answeredId = new MimeMessage(session, in).getMessageID();
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (LocalMailServer mail = new LocalMailServer(freePort(), freePort(), EmailReplay.SUPPORT_ADDRESS,
                EmailReplay.LOGIN, EmailReplay.PASSWORD)) {
            sendReplyAsTheBot(mail.smtpPort(), answeredId);

            int exit = EmailReplay.replay(mail, files, Duration.ofSeconds(2),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(exit).isZero();
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains(files.get(0).getFileName() + " -> \"Re: your question\": We are on it")
                .contains(files.get(1).getFileName() + " -> no reply")
                .endsWith("replayed 2 emails: 1 answered, 1 not answered, 0 errors" + System.lineSeparator());
    }

    @Test
    void withoutFilesItExplainsTheUsage() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(EmailReplay.run(new String[0], new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("usage: EmailReplay");
    }

    private static void sendReplyAsTheBot(int smtpPort, String inReplyTo) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage reply = new MimeMessage(Session.getInstance(props));
        reply.setFrom(new InternetAddress(EmailReplay.SUPPORT_ADDRESS));
        reply.setRecipients(MimeMessage.RecipientType.TO, "customer@example.org");
        reply.setSubject("Re: your question");
        reply.setHeader("Auto-Submitted", "auto-replied");
        reply.setHeader("In-Reply-To", inReplyTo);
        reply.setText("We are on it.");
        Transport.send(reply);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
