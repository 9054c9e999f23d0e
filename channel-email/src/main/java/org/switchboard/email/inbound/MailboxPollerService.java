package org.switchboard.email.inbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.loop.ReplyRateLimiter;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.threading.ThreadIndex;
import org.switchboard.email.threading.ThreadResolver;

/**
 * Starts the {@link MailboxPoller} with the application (after the schema migration) on Liberty's managed
 * scheduled executor {@code concurrent/switchboardScheduler}, and stops it, releasing the lease, on shutdown.
 * Without {@code MAIL_IMAP_HOST} it logs that the email channel's inbound side is off and does nothing, so the
 * bot runs without a mailbox.
 */
@ApplicationScoped
public class MailboxPollerService {

    /** Start-up order: after the schema migration and the outbox dispatcher. */
    public static final int STARTUP_PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 300;

    private static final Logger LOG = Logs.logger(MailboxPollerService.class);

    @Resource(lookup = "concurrent/switchboardScheduler")
    ManagedScheduledExecutorService executor;

    @Inject
    EmailSettings settings;

    @Inject
    PolledMailSink sink;

    @Inject
    EmailAudit audit;

    @Inject
    MailboxLease lease;

    @Inject
    ThreadIndex threadIndex;

    @Inject
    ReplyLedger ledger;

    @Inject
    BounceRegistry bounces;

    @Inject
    Clock clock;

    private MailboxPoller poller;

    void start(@Observes @Priority(STARTUP_PRIORITY) Startup startup) {
        settings.insecureSettings().forEach(warning -> LOG.warning("Email channel: " + warning));
        if (settings.imapHost().isEmpty()) {
            LOG.info("Email channel: MAIL_IMAP_HOST is not set, the mailbox poller is disabled "
                    + "(replies to email conversations still go out when MAIL_SMTP_HOST is set)");
            return;
        }
        if (settings.supportAddress().isEmpty()) {
            LOG.warning("Email channel: MAIL_SUPPORT_ADDRESS is not set and MAIL_USER is not an address; mail from "
                    + "our own address cannot be recognized and replies cannot be sent");
        }
        poller = create(settings, sink, audit, lease, threadIndex, ledger, bounces, executor, holderId(), clock);
        poller.start();
    }

    /**
     * Wires a poller from its parts (also used by tests and tools outside the container).
     *
     * @param settings    the configuration
     * @param sink        where messages are stored
     * @param audit       where human flags go
     * @param lease       the lease
     * @param threadIndex the threading table
     * @param ledger      the rate limiter's ledger
     * @param bounces     the undeliverable addresses
     * @param executor    the scheduler, at least two threads
     * @param holder      this server's id
     * @param clock       the time source
     * @return a poller, not started
     */
    public static MailboxPoller create(EmailSettings settings, PolledMailSink sink, EmailAudit audit,
                                       MailboxLease lease, ThreadIndex threadIndex, ReplyLedger ledger,
                                       BounceRegistry bounces, java.util.concurrent.ScheduledExecutorService executor,
                                       String holder, Clock clock) {
        InboundMailProcessor processor = new InboundMailProcessor(settings, new EmailParser(),
                new LoopGuard(InboundMailProcessor.ownAddresses(settings), settings.loopHeader()),
                new ThreadResolver(threadIndex),
                new ReplyRateLimiter(ledger, settings.rateLimitPeriod(), settings.dailyCap()), bounces, clock);
        return new MailboxPoller(settings, processor, sink, audit, lease, executor, holder, clock);
    }

    /** @return the running poller's state, empty when the poller is disabled */
    public Optional<PollerStatus> status() {
        return Optional.ofNullable(poller).map(MailboxPoller::status);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    private static String holderId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String id = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 255 ? id : id.substring(0, 255);
    }
}
