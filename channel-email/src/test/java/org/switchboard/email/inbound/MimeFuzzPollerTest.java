package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.support.HostileMail;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.RecordingAudit;
import org.switchboard.email.support.RecordingSink;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.support.TestMail;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;

/**
 * The fuzz cases of {@link MimeFuzzTest} (same seed property, {@code email.fuzz.seed}) through the real IMAP path:
 * delivered into GreenMail's support mailbox, fetched by the poller, processed and stored. Every message is handed
 * to the inbox exactly once (none lost, none half-stored: the inbox gets a complete message or nothing), each is
 * answered, suppressed or flagged, the mailbox ends with nothing unseen, and an ordinary message after them is
 * still answered.
 */
class MimeFuzzPollerTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServers.extension();

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final int CASES = 60;

    private final TestDatabase db = TestDatabase.get();
    private final RecordingSink sink = new RecordingSink();
    private final RecordingAudit audit = new RecordingAudit();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(4);
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
    void hostileMailThroughImapIsStoredOnceEachAndThePollerKeepsGoing() {
        List<HostileMail.Case> cases = new HostileMail(MimeFuzzTest.SEED).cases(CASES);
        String seed = "seed " + MimeFuzzTest.SEED + " (replay with -Demail.fuzz.seed=" + MimeFuzzTest.SEED + ")";
        for (HostileMail.Case c : cases) {
            MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT, c.raw());
        }
        MailServers.deliver(GREEN_MAIL, MailServers.SUPPORT,
                TestMail.from("Ann <ann@example.org>", "<after-fuzz@example.org>", "Still there?").bytes());
        poller = MailboxPollerService.create(MailServers.settings(GREEN_MAIL, Map.of()), sink, audit,
                db.port(MailboxLease.class, JpaMailboxLease::new), db.port(ThreadIndex.class, JpaThreadIndex::new),
                db.port(ReplyLedger.class, JpaReplyLedger::new), db.port(BounceRegistry.class, JpaBounceRegistry::new),
                executor, "fuzz", Clock.systemUTC());
        poller.start();

        await().atMost(DEADLINE).until(() -> MailServers.inboxCounts(GREEN_MAIL, MailServers.SUPPORT,
                MailServers.PASSWORD)[1] == 0);
        assertThat(sink.calls()).as("every message handed to the inbox exactly once, %s", seed)
                .isEqualTo(CASES + 1);
        assertThat(poller.status().stored() + poller.status().duplicates()).as(seed).isEqualTo(CASES + 1);
        assertThat(poller.status().failures()).as("no failing cycle, %s", seed).isZero();
        assertThat(sink.byId("<after-fuzz@example.org>").noReplyReason()).as(seed).isNull();
        for (InboundMessage m : sink.messages()) {
            assertThat(m.id().value()).as(seed).isNotBlank();
            assertThat(m.noReplyReason() == null || !m.noReplyReason().isBlank()).as(seed).isTrue();
        }
        long flagged = sink.messages().stream().filter(m -> m.noReplyReason() != null).count();
        System.out.println("MimeFuzzPollerTest " + seed + ": " + (CASES + 1) + " delivered, " + sink.messages().size()
                + " stored (" + poller.status().duplicates() + " identical), " + flagged + " not answered, "
                + audit.flags().size() + " audit flags");
    }
}
