package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.SenderIdentity;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.support.Fixtures;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.RecordingAudit;
import org.switchboard.email.support.RecordingSink;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.support.TestMail;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;
import org.switchboard.email.threading.ThreadResolver;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.loop.ReplyRateLimiter;
import java.time.Instant;

/**
 * The IMAP poller against a real IMAP server (GreenMail) and the real email tables (MariaDB): real messages from
 * the corpus are delivered into the support mailbox and must reach the sink as the right inbound messages, each
 * exactly once, and be marked \Seen only after they were stored.
 */
class MailboxPollerTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServers.extension();

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final TestDatabase db = TestDatabase.get();
    private final RecordingSink sink = new RecordingSink();
    private final RecordingAudit audit = new RecordingAudit();
    private final List<MailboxPoller> pollers = new ArrayList<>();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(4);

    @BeforeEach
    void clean() {
        db.clean();
    }

    @AfterEach
    void stop() throws InterruptedException {
        pollers.forEach(MailboxPoller::stop);
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private MailboxPoller poller(String holder, ThreadIndex threads, Map<String, String> extra) {
        EmailSettings settings = MailServers.settings(GREEN_MAIL, extra);
        MailboxPoller poller = MailboxPollerService.create(settings, sink, audit,
                db.port(MailboxLease.class, JpaMailboxLease::new), threads,
                db.port(ReplyLedger.class, JpaReplyLedger::new), db.port(BounceRegistry.class, JpaBounceRegistry::new),
                executor, holder, Clock.systemUTC());
        pollers.add(poller);
        return poller;
    }

    private MailboxPoller poller(String holder, Map<String, String> extra) {
        return poller(holder, db.port(ThreadIndex.class, JpaThreadIndex::new), extra);
    }

    @Test
    void realMessagesReachTheInboxAsTheRightInboundMessagesAndAreThenSeen() {
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, Fixtures.bytes("support/chatwoot__chatwoot/support.eml"));
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                Fixtures.bytes("auto-replies/sisimai__set-of-emails/bsd/rfc3834-01.eml"));
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                Fixtures.bytes("bounces/sisimai__set-of-emails/bsd/lhost-postfix-01.eml"));
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                Fixtures.bytes("support/chatwoot__chatwoot/html_and_attachments.eml"));

        poller("server-a", Map.of()).start();
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 4);
        await().atMost(DEADLINE).until(() -> MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT,
                MailServers.PASSWORD)[1] == 0);

        List<InboundMessage> in = sink.messages();
        InboundMessage support = in.get(0);
        assertThat(support.channel()).isEqualTo(Channel.EMAIL);
        assertThat(support.noReplyReason()).isNull();
        assertThat(support.id().value()).startsWith("<").endsWith(">");
        assertThat(support.conversation().key()).isEqualTo(support.id().value());
        // no MAIL_TRUSTED_AUTHSERV_ID here: the From address is answered but is not a verified identity
        assertThat(support.sender().externalId()).isEqualTo(SenderIdentity.UNVERIFIED_PREFIX
                + support.conversation().attribute(EmailConversation.TO));
        assertThat(support.sender().verified()).isFalse();
        assertThat(support.conversation().attribute(EmailConversation.MESSAGE_ID)).isEqualTo(support.id().value());
        assertThat(support.text()).isNotBlank();
        assertThat(support.rawPayload()).containsIgnoringCase("Message-ID:").contains("From: Sony Mathew");

        assertThat(in.get(1).noReplyReason()).startsWith("RFC 3834 Auto-Submitted: auto-replied");
        assertThat(in.get(2).noReplyReason()).contains("delivery status report");
        assertThat(db.count("SELECT COUNT(*) FROM email_undeliverable WHERE address = 'r@p351355.pool.example.ne.jp'"))
                .as("issue 19: the report returns no message (its message/rfc822 part is empty), so not one of ours")
                .isZero();
        assertThat(in.get(3).attachments()).extracting(a -> a.name()).containsExactly("1610894557447.jpg");
        assertThat(in.get(3).text()).doesNotContain("<html", "<div");
        assertThat(db.count("SELECT COUNT(*) FROM email_auto_replies")).as("only answered mail is counted").isEqualTo(2);
    }

    /**
     * Issue 19: anyone can mail a delivery report naming a customer's address. Only a report that returns one of our
     * replies (its Message-ID recorded as outbound) marks the address undeliverable; any other is flagged.
     */
    @Test
    void onlyABounceThatReturnsAMessageWeSentMarksTheAddressUndeliverable() {
        byte[] bounce = Fixtures.bytes("bounces/sisimai__set-of-emails/bsd/lhost-barracuda-01.eml");
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, bounce);
        poller("server-a", Map.of()).start();
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 1);
        assertThat(sink.messages().get(0).noReplyReason()).contains("delivery status report");
        assertThat(db.count("SELECT COUNT(*) FROM email_undeliverable")).as("a report returning a stranger's id").isZero();
        await().atMost(DEADLINE).until(() -> audit.flags().stream().anyMatch(f -> f.action().equals("email.bounce-ignored")));

        db.port(ThreadIndex.class, JpaThreadIndex::new).link("<our-reply-1@switchboard.test>",
                "<reply-key@switchboard.test>", org.switchboard.email.threading.LinkDirection.OUTBOUND,
                java.time.Instant.now());
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, new String(bounce, java.nio.charset.StandardCharsets.UTF_8)
                .replace("<225e2d6aad3309b153ecb1602dd0361b@neko.example.com>", "<second-report@neko.example.com>")
                .replace("<ad4be1052982bf7aa5558be760abbf74@neko.example.com>", "<our-reply-1@switchboard.test>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 2);
        await().atMost(DEADLINE).until(() -> db.count("SELECT COUNT(*) FROM email_undeliverable WHERE address ="
                + " 'kijitora@example.org'") == 1);
    }

    @Test
    void aFailingInboxLeavesTheMessageUnseenAndItIsStoredExactlyOnceLater() {
        sink.failNext(2);
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("Ann <ann@example.org>", "<outage@example.org>", "Order").bytes());
        MailboxPoller poller = poller("server-a", Map.of());
        poller.start();
        await().atMost(DEADLINE).until(() -> sink.calls() >= 2);
        assertThat(MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT, MailServers.PASSWORD)[1])
                .as("not seen while the inbox fails").isEqualTo(1);
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 1);
        await().atMost(DEADLINE).until(() -> MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT,
                MailServers.PASSWORD)[1] == 0);
        assertThat(poller.status().stored()).isEqualTo(1);
        assertThat(sink.byId("<outage@example.org>").noReplyReason()).isNull();
    }

    @Test
    void aMessageStoredBeforeACrashIsOnlyMarkedSeen() {
        byte[] raw = TestMail.from("ann@example.org", "<crash@example.org>", "Order").bytes();
        // the previous run stored it and died before setting \Seen
        EmailSettings settings = MailServers.settings(GREEN_MAIL, Map.of());
        InboundMailProcessor previousRun = new InboundMailProcessor(settings, new EmailParser(),
                new LoopGuard(InboundMailProcessor.ownAddresses(settings), settings.loopHeader()),
                new ThreadResolver(db.port(ThreadIndex.class, JpaThreadIndex::new)),
                new ReplyRateLimiter(db.port(ReplyLedger.class, JpaReplyLedger::new), settings.rateLimitPeriod(),
                        settings.dailyCap()),
                db.port(BounceRegistry.class, JpaBounceRegistry::new), Clock.systemUTC());
        sink.store(previousRun.process(raw, Instant.now()).message());
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, raw);

        MailboxPoller poller = poller("server-a", Map.of());
        poller.start();
        await().atMost(DEADLINE).until(() -> poller.status().duplicates() == 1);
        await().atMost(DEADLINE).until(() -> MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT,
                MailServers.PASSWORD)[1] == 0);
        assertThat(sink.messages()).hasSize(1);
        assertThat(poller.status().stored()).isZero();
    }

    @Test
    void malformedAndPoisonMessagesAreStoredFlaggedAndThePollerGoesOn() {
        String poison = "<poison@example.org>";
        ThreadIndex real = db.port(ThreadIndex.class, JpaThreadIndex::new);
        ThreadIndex failingOnPoison = new ThreadIndex() {
            @Override
            public java.util.Optional<String> firstKnown(List<String> ids) {
                if (ids.contains(poison)) {
                    throw new IllegalStateException("bug triggered by this message");
                }
                return real.firstKnown(ids);
            }

            @Override
            public boolean sentByUs(List<String> ids) {
                return real.sentByUs(ids);
            }

            @Override
            public void link(String id, String key, org.switchboard.email.threading.LinkDirection d,
                             java.time.Instant at) {
                real.link(id, key, d, at);
            }

            @Override
            public void linkInbound(String id, String key, String sender, java.time.Instant at) {
                real.linkInbound(id, key, sender, at);
            }

            @Override
            public java.util.Set<String> inboundSenders(String key) {
                return real.inboundSenders(key);
            }

            @Override
            public String outboundMessageId(long outboxId, String key, java.util.function.Supplier<String> fresh,
                                            java.time.Instant at) {
                return real.outboundMessageId(outboxId, key, fresh, at);
            }

            @Override
            public java.util.Optional<String> conversationOfTicket(long ticket, String sender) {
                return real.conversationOfTicket(ticket, sender);
            }

            @Override
            public java.util.OptionalLong latestTicket(String key) {
                return real.latestTicket(key);
            }
        };
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("ann@example.org", poison, "Crashes the processor").bytes());
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                Fixtures.bytes("general/apache__james-mime4j/malformedHeader-noheader.eml"));
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("bob@example.org", "<after@example.org>", "Next one").bytes());

        poller("server-a", failingOnPoison, Map.of()).start();
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 3);

        InboundMessage flagged = sink.messages().get(0);
        assertThat(flagged.noReplyReason()).startsWith("malformed message, flagged for a human: processing failed 3");
        assertThat(flagged.id().value()).startsWith("sb-sha256:");
        assertThat(flagged.sender().externalId()).isEqualTo(SenderIdentity.UNVERIFIED_PREFIX + "ann@example.org");
        assertThat(sink.messages().get(1).noReplyReason()).startsWith("no sender address");
        assertThat(sink.byId("<after@example.org>").noReplyReason()).isNull();
        assertThat(audit.flags()).extracting(RecordingAudit.Flag::action)
                .containsExactly("email.malformed", "email.no-sender");
    }

    @Test
    void imapIdleDeliversANewMessageLongBeforeThePollInterval() {
        MailboxPoller poller = poller("server-a", Map.of(EmailSettings.POLL_SECONDS, "300",
                EmailSettings.LEASE_SECONDS, "300", EmailSettings.TIMEOUT_MS, "600000"));
        poller.start();
        await().atMost(DEADLINE).until(() -> Boolean.TRUE.equals(poller.status().idle()) && poller.status().connected());
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("ann@example.org", "<idle@example.org>", "Hello").bytes());
        await().atMost(Duration.ofSeconds(15)).until(() -> sink.messages().size() == 1);
        assertThat(poller.status().cycles()).isLessThanOrEqualTo(3);
    }

    @Test
    void withoutIdleThePollerPollsAtItsInterval() {
        MailboxPoller poller = poller("server-a", Map.of(EmailSettings.IDLE, "false"));
        poller.start();
        await().atMost(DEADLINE).until(() -> poller.status().connected());
        assertThat(poller.status().idle()).isFalse();
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("ann@example.org", "<poll@example.org>", "Hello").bytes());
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 1);
    }

    @Test
    void onlyTheLeaseHolderPollsAndAnotherServerTakesOverWhenItStops() {
        MailboxPoller a = poller("server-a", Map.of());
        MailboxPoller b = poller("server-b", Map.of());
        a.start();
        await().atMost(DEADLINE).until(() -> a.status().holdingLease());
        b.start();
        for (int i = 0; i < 3; i++) {
            MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                    TestMail.from("ann@example.org", "<lease-" + i + "@example.org>", "Hello " + i).bytes());
        }
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 3);
        await().atMost(DEADLINE).until(() -> b.status().cycles() >= 2);
        assertThat(a.status().stored()).isEqualTo(3);
        assertThat(b.status().stored()).isZero();
        assertThat(b.status().holdingLease()).isFalse();

        a.stop();
        await().atMost(DEADLINE).until(() -> b.status().holdingLease());
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("ann@example.org", "<after-failover@example.org>", "Still there?").bytes());
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 4);
        assertThat(b.status().stored()).isEqualTo(1);
        assertThat(sink.calls()).as("no message was handed over twice").isEqualTo(4);
    }

    @Test
    void storedMessagesAreMovedToTheProcessedFolderWhenConfigured() {
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("ann@example.org", "<move@example.org>", "Hello").bytes());
        poller("server-a", Map.of(EmailSettings.PROCESSED_FOLDER, "Processed")).start();
        await().atMost(DEADLINE).until(() -> sink.messages().size() == 1);
        await().atMost(DEADLINE).until(() -> MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT,
                MailServers.PASSWORD)[0] == 0);
    }
}
