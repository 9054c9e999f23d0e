package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.core.channel.Attachment;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.outbound.EmailReplyDeliverer;
import org.switchboard.email.outbound.SmtpSender;
import org.switchboard.email.support.Fixtures;
import org.switchboard.email.support.LogCapture;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.RecordingAudit;
import org.switchboard.email.support.RecordingSink;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.support.TestMail;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;

/**
 * Huge attachments through the real IMAP path (GreenMail): a real customer email from the corpus
 * ({@code support/chatwoot__chatwoot/html_and_attachments.eml}, HTML text and a JPEG) with a generated PDF added.
 * 20 MiB (about 27 MiB as base64, over the default {@code MAIL_MAX_MESSAGE_BYTES} of 25 MiB): only the text parts are
 * fetched, the customer is answered and a human is told which file was not read. 15 MiB (under the limit): read
 * whole, the file listed with its exact size. In both cases the stored message is small and the next mail is handled.
 */
class HugeAttachmentTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServers.extension();

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String REAL = "support/chatwoot__chatwoot/html_and_attachments.eml";
    private static final String REAL_ID = "<6215d6ad2a3c9_10bc619140221a@tejaswinis-MacBook-Pro.local.mail>";

    private final TestDatabase db = TestDatabase.get();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(4);
    private final RecordingSink sink = new RecordingSink();
    private final RecordingAudit audit = new RecordingAudit();
    private MailboxPoller poller;

    @BeforeEach
    void clean() {
        db.clean();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (poller != null) {
            poller.stop();
        }
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTwentyMegabyteAttachmentIsNotDownloadedTheCustomerIsAnsweredAndAHumanIsTold() throws Exception {
        int pdfBytes = 20 * 1024 * 1024;
        MimeMessage huge = realMessageWithPdf(pdfBytes);
        try (LogCapture logs = LogCapture.start()) {
            startPollerAnsweringEveryAnswerableMessage();
            deliverHugeThenOrdinary(huge);

            InboundMessage stored = sink.byId(REAL_ID);
            assertThat(stored.noReplyReason()).as("answered").isNull();
            assertThat(stored.text()).isNotBlank();
            assertThat(stored.attachments()).extracting(Attachment::name).contains("1610894557447.jpg", "scan.pdf");
            Attachment pdf = stored.attachments().stream().filter(a -> "scan.pdf".equals(a.name())).findFirst()
                    .orElseThrow();
            assertThat(pdf.mediaType()).isEqualTo("application/pdf");
            assertThat(pdf.sizeBytes()).as("estimated from the encoded size").isBetween(pdfBytes - 64L * 1024,
                    pdfBytes + 64L * 1024);
            assertThat(stored.rawPayload().length()).as("no attachment bytes stored").isLessThan(64 * 1024);
            assertThat(audit.flags()).singleElement().satisfies(f -> {
                assertThat(f.action()).isEqualTo("email.oversized");
                assertThat(f.subject()).isEqualTo("email:" + REAL_ID);
                assertThat(f.details()).contains("answered from its text", "not read: ", "scan.pdf (application/pdf");
            });
            assertThat(logs.messages()).anySatisfy(line -> assertThat(line).contains("MailboxPoller",
                    "over MAIL_MAX_MESSAGE_BYTES): read ", "left out [", "scan.pdf"));
            await().atMost(DEADLINE).until(() -> repliesTo(REAL_ID) == 1);
        }
    }

    @Test
    void aFifteenMegabyteAttachmentUnderTheLimitIsReadWholeAndOnlyItsSizeIsKept() throws Exception {
        int pdfBytes = 15 * 1024 * 1024;
        startPollerAnsweringEveryAnswerableMessage();
        deliverHugeThenOrdinary(realMessageWithPdf(pdfBytes));

        InboundMessage stored = sink.byId(REAL_ID);
        assertThat(stored.noReplyReason()).isNull();
        assertThat(stored.attachments()).contains(new Attachment("scan.pdf", "application/pdf", pdfBytes));
        assertThat(stored.rawPayload().length()).as("the audit copy is cut at MAX_RAW_CHARS")
                .isLessThanOrEqualTo(InboundMailProcessor.MAX_RAW_CHARS + 100);
        assertThat(audit.flags()).isEmpty();
        await().atMost(DEADLINE).until(() -> repliesTo(REAL_ID) == 1);
    }

    private void deliverHugeThenOrdinary(MimeMessage huge) throws MessagingException {
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, huge);
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("bob@example.org", "<next@example.org>", "Next one").bytes());
        poller.start();
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 2);
        assertThat(sink.byId("<next@example.org>").noReplyReason()).as("the poller went on").isNull();
        assertThat(sink.calls()).as("each stored once").isEqualTo(2);
        await().atMost(DEADLINE).until(() -> MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT,
                MailServers.PASSWORD)[1] == 0);
    }

    private void startPollerAnsweringEveryAnswerableMessage() {
        EmailSettings settings = MailServers.settings(GREEN_MAIL, Map.of(EmailSettings.TIMEOUT_MS, "60000"));
        ThreadIndex threads = db.port(ThreadIndex.class, JpaThreadIndex::new);
        BounceRegistry bounces = db.port(BounceRegistry.class, JpaBounceRegistry::new);
        EmailReplyDeliverer deliverer = new EmailReplyDeliverer(settings, threads, bounces, new SmtpSender(settings),
                Clock.systemUTC());
        AtomicLong outboxIds = new AtomicLong();
        sink.onAccepted(message -> {
            if (message.noReplyReason() == null) {
                try {
                    deliverer.deliver(new OutboundReply(outboxIds.incrementAndGet(), message.conversation(),
                            "Thank you, we received your message."));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        poller = MailboxPollerService.create(settings, sink, audit, db.port(MailboxLease.class, JpaMailboxLease::new),
                threads, db.port(ReplyLedger.class, JpaReplyLedger::new), bounces, executor, "bot", Clock.systemUTC());
    }

    /** The real message with one more part: a PDF of random bytes (fixed seed), base64 as mail clients send it. */
    private static MimeMessage realMessageWithPdf(int bytes) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(Fixtures.bytes(REAL))) {
            @Override
            protected void updateMessageID() {
                // keep the real Message-ID
            }
        };
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        byte[] pdf = new byte[bytes];
        new Random(17).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName("scan.pdf");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        attachment.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static long repliesTo(String id) {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> {
            try {
                return ((InternetAddress) m.getFrom()[0]).getAddress().equals(MailServers.SUPPORT)
                        && id.equals(m.getHeader("In-Reply-To", null));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
