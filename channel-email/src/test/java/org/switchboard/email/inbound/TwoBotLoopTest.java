package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.outbound.EmailReplyDeliverer;
import org.switchboard.email.outbound.SmtpSender;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.RecordingAudit;
import org.switchboard.email.support.RecordingSink;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;

/**
 * Our bot and a simple vacation responder on the same (GreenMail) server: a customer who is away writes to
 * support; the bot answers once, the responder answers that once, and the exchange stops there. Both a responder
 * that marks its mail (RFC 3834) and a naive one that marks nothing are tried: the first is stopped by the loop
 * guard's headers, the second by the per-conversation rate limit (and flagged for a human).
 */
class TwoBotLoopTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServers.extension();

    /** How the vacation responder marks its replies. */
    enum Responder {
        /** Auto-Submitted: auto-replied and an "Automatic reply:" subject, as Exchange and Gmail do. */
        MARKED,
        /** Nothing at all: "Re: subject", as a home-made script or the Latvian OOO in the corpus. */
        UNMARKED
    }

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

    @ParameterizedTest
    @EnumSource(Responder.class)
    void ourBotAndAVacationResponderExchangeAtMostOneMessageEach(Responder mode) throws Exception {
        EmailSettings settings = MailServers.settings(GREEN_MAIL, Map.of());
        ThreadIndex threads = db.port(ThreadIndex.class, JpaThreadIndex::new);
        BounceRegistry bounces = db.port(BounceRegistry.class, JpaBounceRegistry::new);
        EmailReplyDeliverer deliverer = new EmailReplyDeliverer(settings, threads, bounces, new SmtpSender(settings),
                Clock.systemUTC());
        AtomicLong outboxIds = new AtomicLong();
        // the core's turn and outbox, reduced to what matters here: every answerable message gets one reply
        sink.onAccepted(message -> {
            if (message.noReplyReason() == null) {
                try {
                    deliverer.deliver(new OutboundReply(outboxIds.incrementAndGet(), message.conversation(),
                            "Thank you, we are looking into your order."));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        poller = MailboxPollerService.create(settings, sink, audit, db.port(MailboxLease.class, JpaMailboxLease::new),
                threads, db.port(ReplyLedger.class, JpaReplyLedger::new), bounces, executor, "bot", Clock.systemUTC());
        poller.start();
        VacationResponder responder = new VacationResponder(mode);
        executor.scheduleWithFixedDelay(responder::answerNewMail, 0, 200, TimeUnit.MILLISECONDS);

        send(MailServers.CUSTOMER, MailServers.SUPPORT, "<first@example.org>", "My order is late", null, false);

        await().atMost(Duration.ofSeconds(30)).until(() -> sentBy(MailServers.SUPPORT) == 1 && responder.sent.get() == 1
                && sink.messages().size() == 2);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(15))
                .until(() -> sentBy(MailServers.SUPPORT) == 1 && responder.sent.get() == 1);

        List<InboundMessage> stored = sink.messages();
        assertThat(stored.get(0).noReplyReason()).isNull();
        assertThat(stored.get(1).conversation().key()).as("the auto-reply threads into the conversation")
                .isEqualTo(stored.get(0).conversation().key()).isEqualTo("<first@example.org>");
        if (mode == Responder.MARKED) {
            assertThat(stored.get(1).noReplyReason()).startsWith("RFC 3834 Auto-Submitted: auto-replied");
            assertThat(audit.flags()).isEmpty();
        } else {
            assertThat(stored.get(1).noReplyReason()).startsWith("rate limit: customer@example.org");
            assertThat(audit.flags()).extracting(RecordingAudit.Flag::action).containsExactly("email.rate-limited");
        }
        MimeMessage botReply = Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .filter(m -> from(m).equals(MailServers.SUPPORT)).findFirst().orElseThrow();
        assertThat(botReply.getHeader("In-Reply-To", null)).isEqualTo("<first@example.org>");
        assertThat(botReply.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
    }

    private static long sentBy(String address) {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> from(m).equals(address)).count();
    }

    private static String from(MimeMessage m) {
        try {
            return ((InternetAddress) m.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String from, String to, String messageId, String subject, String inReplyTo,
                             boolean autoSubmitted) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        if (autoSubmitted) {
            m.setHeader("Auto-Submitted", "auto-replied");
        }
        m.setText(autoSubmitted || inReplyTo != null ? "I am on vacation until Monday." : "Where is order 1001?");
        m.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), null, null);
            t.sendMessage(m, m.getAllRecipients());
        }
    }

    /** A naive vacation responder: answers every new message in the customer's inbox, once per message. */
    private static final class VacationResponder {
        private final Responder mode;
        private final AtomicInteger sent = new AtomicInteger();

        VacationResponder(Responder mode) {
            this.mode = mode;
        }

        void answerNewMail() {
            try {
                Store store = Session.getInstance(new Properties()).getStore("imap");
                store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), MailServers.CUSTOMER, "customer-secret");
                try (store) {
                    Folder inbox = store.getFolder("INBOX");
                    inbox.open(Folder.READ_WRITE);
                    for (Message m : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                        m.setFlag(Flags.Flag.SEEN, true);
                        String sender = ((InternetAddress) m.getFrom()[0]).getAddress();
                        String id = ((MimeMessage) m).getMessageID();
                        boolean marked = mode == Responder.MARKED;
                        send(MailServers.CUSTOMER, sender, "<vacation-" + sent.incrementAndGet() + "@example.org>",
                                (marked ? "Automatic reply: " : "Re: ") + m.getSubject(), id, marked);
                    }
                    inbox.close(false);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
