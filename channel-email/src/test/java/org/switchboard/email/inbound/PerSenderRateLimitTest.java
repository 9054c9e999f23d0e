package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.outbound.EmailReplyDeliverer;
import org.switchboard.email.outbound.SmtpSender;
import org.switchboard.email.support.LogCapture;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.MutableClock;
import org.switchboard.email.support.RecordingAudit;
import org.switchboard.email.support.RecordingSink;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.support.TestMail;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;

/**
 * The per-sender period limit from the mailbox to the SMTP server: a customer asks two different questions (two
 * conversations) within the period. The first is answered at once; the second is stored, audited and answered, but
 * its reply does not leave before the period has passed. Another customer is not held up. Time is a hand-moved
 * clock (period 300 s), the outbox is reduced to "deliver, and on a retryable failure try again when told".
 */
class PerSenderRateLimitTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServers.extension();

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(4);
    private final RecordingSink sink = new RecordingSink();
    private final RecordingAudit audit = new RecordingAudit();
    private final MutableClock clock = new MutableClock(T0);
    /** The outbox's pending entries: reply and when it is due again. */
    private final Map<OutboundReply, Instant> pending = new ConcurrentHashMap<>();
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
    void aSecondQuestionFromTheSameSenderIsAnsweredOnlyAfterThePeriodAndOtherSendersAreNotHeldUp()
            throws Exception {
        EmailSettings settings = MailServers.settings(GREEN_MAIL, Map.of(EmailSettings.RATE_LIMIT_PERIOD_SECONDS,
                "300"));
        ThreadIndex threads = db.port(ThreadIndex.class, JpaThreadIndex::new);
        BounceRegistry bounces = db.port(BounceRegistry.class, JpaBounceRegistry::new);
        EmailReplyDeliverer deliverer = new EmailReplyDeliverer(settings, threads, bounces, new SmtpSender(settings),
                clock);
        AtomicLong outboxIds = new AtomicLong();
        sink.onAccepted(message -> {
            if (message.noReplyReason() == null) {
                OutboundReply reply = new OutboundReply(outboxIds.incrementAndGet(), message.conversation(),
                        "Thank you for your question.");
                pending.put(reply, clock.instant());
                runDueOutbox(deliverer);
            }
        });
        poller = MailboxPollerService.create(settings, sink, audit, db.port(MailboxLease.class, JpaMailboxLease::new),
                threads, db.port(ReplyLedger.class, JpaReplyLedger::new), bounces, executor, "bot", clock);

        try (LogCapture logs = LogCapture.start()) {
            MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, TestMail.from("Ann <ann@example.org>",
                    "<q1@example.org>", "Where is order 1001?").bytes());
            MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, TestMail.from("Ann <ANN@example.org>",
                    "<q2@example.org>", "How do I change my address?").body("Second, unrelated question.").bytes());
            MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, TestMail.from("Bob <bob@example.org>",
                    "<q3@example.org>", "Invoice please").bytes());
            poller.start();
            await().atMost(DEADLINE).until(() -> sink.messages().size() == 3);

            // all three are stored to be answered; only the second waits, until the end of Ann's period
            assertThat(sink.messages()).allSatisfy(m -> assertThat(m.noReplyReason()).isNull());
            assertThat(sink.byId("<q1@example.org>").conversation().attribute(EmailConversation.NOT_BEFORE)).isNull();
            assertThat(sink.byId("<q2@example.org>").conversation().attribute(EmailConversation.NOT_BEFORE))
                    .isEqualTo(T0.plusSeconds(300).toString());
            assertThat(sink.byId("<q3@example.org>").conversation().attribute(EmailConversation.NOT_BEFORE)).isNull();
            assertThat(audit.flags()).singleElement().satisfies(f -> {
                assertThat(f.action()).isEqualTo("email.rate-deferred");
                assertThat(f.subject()).isEqualTo("email:<q2@example.org>");
                assertThat(f.details()).contains("ann@example.org", "deferred until " + T0.plusSeconds(300));
            });
            assertThat(logs.messages()).anySatisfy(line -> assertThat(line)
                    .contains("InboundMailProcessor INFO: Reply to message <q***@example.org> from a***@example.org",
                            "deferred until " + T0.plusSeconds(300)));

            // inside the period: Ann's first answer and Bob's answer, nothing more
            await().atMost(DEADLINE).until(() -> repliesTo().size() == 2);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> repliesTo().size() == 2);
            assertThat(repliesTo()).containsExactlyInAnyOrder("<q1@example.org>", "<q3@example.org>");
            assertThat(pending).hasSize(1);
            assertThat(pending.values()).containsExactly(T0.plusSeconds(300));

            clock.advance(Duration.ofSeconds(299));
            runDueOutbox(deliverer);
            assertThat(repliesTo()).as("still inside the period").hasSize(2);

            clock.advance(Duration.ofSeconds(1));
            runDueOutbox(deliverer);
            await().atMost(DEADLINE).until(() -> repliesTo().size() == 3);
            assertThat(repliesTo()).containsExactlyInAnyOrder("<q1@example.org>", "<q3@example.org>",
                    "<q2@example.org>");
            assertThat(pending).isEmpty();
        }
    }

    /** One pass of the reduced outbox: delivers every due reply; a retryable refusal sets its next due time. */
    private synchronized void runDueOutbox(EmailReplyDeliverer deliverer) {
        for (Map.Entry<OutboundReply, Instant> entry : List.copyOf(pending.entrySet())) {
            if (entry.getValue().isAfter(clock.instant())) {
                continue;
            }
            try {
                deliverer.deliver(entry.getKey());
                pending.remove(entry.getKey());
            } catch (RetryableDeliveryException e) {
                assertThat(e.getMessage()).contains("rate limit: reply deferred until");
                pending.put(entry.getKey(), clock.instant().plus(e.retryAfter().orElseThrow()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** @return the In-Reply-To of every reply the support address sent */
    private static List<String> repliesTo() {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(PerSenderRateLimitTest::fromSupport)
                .map(m -> header(m, "In-Reply-To")).toList();
    }

    private static boolean fromSupport(MimeMessage m) {
        try {
            return ((InternetAddress) m.getFrom()[0]).getAddress().equals(MailServers.SUPPORT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
