package org.switchboard.email.inbound;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.inbox.Acceptance;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.work.Backoff;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.config.MailSessions;

/**
 * Polls one IMAP folder (RFC 9051 / RFC 3501) and hands every unseen message to a {@link PolledMailSink}.
 *
 * <p>One cycle: take or renew the database lease ({@link MailboxLease}; without it the cycle only waits, so with
 * several servers on one database exactly one polls); connect and open the folder read-write if needed; fetch the
 * unseen messages in UID order, each with {@code BODY.PEEK[]} (reading does not set \Seen); process and
 * <em>store</em> each one, and only then set \Seen (and move it to {@code MAIL_IMAP_PROCESSED_FOLDER} when
 * configured). A crash between storing and flagging fetches the message again; the inbox answers
 * {@link Acceptance#DUPLICATE} and the flag is set then: nothing is lost or stored twice. Then wait for new mail
 * with IDLE (RFC 2177) when the server offers it, bounded so the lease is renewed in time, else poll again after
 * {@code MAIL_IMAP_POLL_SECONDS}.
 *
 * <p>Size: a message over {@code MAIL_MAX_MESSAGE_BYTES} is never downloaded whole; its text parts are fetched
 * separately ({@link OversizedMailReader}), it is answered from them and flagged ({@code email.oversized}) so a human
 * looks at the files it carried; without readable text it is stored with its headers only and not answered.
 *
 * <p>Failures: a message that cannot be parsed is stored flagged ({@link InboundMailProcessor#malformed}); a
 * message whose processing throws three times is stored the same way, so no message can block the mailbox; a
 * connection or database failure ends the cycle, leaves the message unseen and retries with exponential backoff
 * (1 s doubling to 5 min). Work runs on the given scheduler (Liberty's managed scheduled executor in production):
 * one cycle at a time, each scheduling the next; IDLE is interrupted from a second task, so the scheduler needs at
 * least two threads.
 */
public final class MailboxPoller {

    private static final Logger LOG = Logs.logger(MailboxPoller.class);

    /** Processing attempts of one message before it is stored as malformed. */
    static final int MAX_PROCESSING_ATTEMPTS = 3;

    private final EmailSettings settings;
    private final InboundMailProcessor processor;
    private final PolledMailSink sink;
    private final EmailAudit audit;
    private final MailboxLease lease;
    private final ScheduledExecutorService executor;
    private final String holder;
    private final Clock clock;
    private final Session session;
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    private final Object cycleLock = new Object();
    private final Map<Long, Integer> processingFailures = new HashMap<>();

    private volatile boolean stopped;
    private ScheduledFuture<?> next;
    private volatile Store store;
    private volatile Folder folder;
    private Folder processedFolder;
    private Instant leaseRenewedAt = Instant.EPOCH;
    private volatile boolean holdingLease;
    private volatile Boolean idle;
    private volatile int failures;
    private volatile String lastError;
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();

    /**
     * @param settings  the configuration; {@link EmailSettings#imapHost()} must be present
     * @param processor turns fetched bytes into inbound messages
     * @param sink      where messages are stored
     * @param audit     where human flags go
     * @param lease     the database lease
     * @param executor  runs the cycles, at least two threads
     * @param holder    this server's id for the lease, at most 255 characters
     * @param clock     the time source
     */
    public MailboxPoller(EmailSettings settings, InboundMailProcessor processor, PolledMailSink sink, EmailAudit audit,
                         MailboxLease lease, ScheduledExecutorService executor, String holder, Clock clock) {
        this.settings = settings;
        this.processor = processor;
        this.sink = sink;
        this.audit = audit;
        this.lease = lease;
        this.executor = executor;
        this.holder = holder;
        this.clock = clock;
        this.session = MailSessions.imap(settings);
    }

    /** Starts polling at once. */
    public synchronized void start() {
        LOG.info(() -> "Email poller starting for " + settings.mailboxName() + " (" + settings.imapTls() + ", "
                + (settings.idle() ? "IDLE when supported, else " : "") + "polling every "
                + settings.pollInterval().toSeconds() + " s) as " + holder);
        schedule(Duration.ZERO);
    }

    /**
     * Stops polling: ends a running IDLE, waits for the running cycle to finish its current message, closes the
     * connection and releases the lease so another server can take over.
     */
    public void stop() {
        stopped = true;
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
        interruptIdle();
        synchronized (cycleLock) {
            closeQuietly();
            if (holdingLease) {
                try {
                    lease.release(settings.mailboxName(), holder);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Releasing the mailbox lease failed; it expires by itself", e);
                }
                holdingLease = false;
            }
        }
        LOG.info(() -> "Email poller for " + settings.mailboxName() + " stopped");
    }

    /** @return the current state */
    public PollerStatus status() {
        Folder f = folder;
        return new PollerStatus(holdingLease, f != null && f.isOpen(), idle, cycles.get(), stored.get(),
                duplicates.get(), failures, lastError);
    }

    private synchronized void schedule(Duration delay) {
        if (!stopped) {
            next = executor.schedule(this::cycle, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void cycle() {
        Duration delay;
        synchronized (cycleLock) {
            if (stopped) {
                return;
            }
            try {
                delay = runOnce();
                failures = 0;
                lastError = null;
            } catch (MessagingException | IOException | RuntimeException e) {
                failures++;
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                Duration wait = backoff.delayAfter(failures);
                LOG.log(Level.WARNING, "Email poll of " + settings.mailboxName() + " failed (" + failures
                        + " in a row); retrying in " + wait.toSeconds() + " s", e);
                closeQuietly();
                delay = wait;
            }
        }
        schedule(delay);
    }

    private Duration runOnce() throws MessagingException, IOException {
        cycles.incrementAndGet();
        if (!renewLease(true)) {
            return settings.pollInterval();
        }
        ensureOpen();
        drain();
        if (stopped || !holdingLease) {
            return settings.pollInterval();
        }
        if (Boolean.TRUE.equals(idle)) {
            idleOnce();
            return Duration.ZERO;
        }
        return settings.pollInterval();
    }

    private boolean renewLease(boolean force) {
        Instant now = clock.instant();
        if (!force && holdingLease && Duration.between(leaseRenewedAt, now).compareTo(settings.lease().dividedBy(3)) < 0) {
            return true;
        }
        boolean held = lease.acquire(settings.mailboxName(), holder, settings.lease());
        if (held) {
            leaseRenewedAt = now;
            if (!holdingLease) {
                LOG.info(() -> "Email poller " + holder + " holds the lease of " + settings.mailboxName());
            }
        } else {
            if (holdingLease) {
                LOG.warning(() -> "Email poller " + holder + " lost the lease of " + settings.mailboxName());
            } else {
                LOG.fine(() -> "Mailbox " + settings.mailboxName() + " is polled by another server");
            }
            closeQuietly();
        }
        holdingLease = held;
        return held;
    }

    private void ensureOpen() throws MessagingException {
        if (store != null && store.isConnected() && folder != null && folder.isOpen()) {
            return;
        }
        closeQuietly();
        Store s = session.getStore();
        s.connect(settings.imapHost().orElseThrow(), settings.imapPort(), settings.user().orElse(null),
                settings.password().orElse(null));
        Folder f = s.getFolder(settings.folder());
        f.open(Folder.READ_WRITE);
        store = s;
        folder = f;
        idle = settings.idle() && s instanceof IMAPStore imap && imap.hasCapability("IDLE")
                && f instanceof IMAPFolder;
        if (settings.processedFolder().isPresent()) {
            Folder target = s.getFolder(settings.processedFolder().get());
            if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("cannot create folder " + settings.processedFolder().get());
            }
            processedFolder = target;
        }
        LOG.info(() -> "Email poller connected to " + settings.mailboxName() + (Boolean.TRUE.equals(idle)
                ? " (IMAP IDLE)" : " (polling every " + settings.pollInterval().toSeconds() + " s)"));
    }

    private void drain() throws MessagingException, IOException {
        Folder f = folder;
        Message[] unseen = f.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        if (unseen.length == 0) {
            return;
        }
        UIDFolder uids = f instanceof UIDFolder u ? u : null;
        if (uids != null) {
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            f.fetch(unseen, profile);
            Message[] sorted = unseen.clone();
            Arrays.sort(sorted, Comparator.comparingLong(m -> uid(uids, m)));
            unseen = sorted;
        }
        boolean expunge = false;
        for (Message m : unseen) {
            if (stopped || !renewLease(false)) {
                break;
            }
            try {
                expunge |= handle(m, uids == null ? m.getMessageNumber() : uid(uids, m));
            } catch (MessageRemovedException e) {
                LOG.fine("A message was removed from the mailbox while it was being read; skipped");
            }
        }
        if (expunge) {
            f.expunge();
        }
    }

    /**
     * The server's receipt time of a message, or now when the server cannot give it (some IMAP servers fail to
     * build the envelope of a message with malformed headers; the raw message was read, so it is still handled).
     */
    private Instant receivedAt(Message m, long uid) {
        try {
            java.util.Date received = m.getReceivedDate();
            return received == null ? clock.instant() : received.toInstant();
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Message UID " + uid + " has no readable receipt date (" + e.getMessage()
                    + "); using the current time");
            return clock.instant();
        }
    }

    /** @return whether the message was flagged \Deleted (moved by copy) and the folder needs an expunge */
    private boolean handle(Message m, long uid) throws MessagingException, IOException {
        int size = m.getSize();
        boolean oversized = size > settings.maxMessageBytes();
        OversizedMailReader slim = oversized ? new OversizedMailReader(session) : null;
        byte[] raw = oversized ? readSlim(m, size, uid, slim) : read(m, size, false);
        boolean slimRead = oversized && slim.completed();
        Instant receivedAt = receivedAt(m, uid);
        ProcessedMail processed;
        try {
            processed = processor.process(raw, receivedAt);
            processingFailures.remove(uid);
        } catch (RuntimeException e) {
            int attempts = processingFailures.merge(uid, 1, Integer::sum);
            if (attempts < MAX_PROCESSING_ATTEMPTS) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Message UID " + uid + " failed processing " + attempts
                    + " times; storing it as malformed", e);
            processed = processor.malformed(raw, receivedAt, "processing failed " + attempts + " times: "
                    + e.getClass().getSimpleName());
            processingFailures.remove(uid);
        }
        if (oversized) {
            processed = oversized(processed, size, slimRead ? slim.skipped() : null);
        }
        InboundMessage message = processed.message();
        Acceptance acceptance = sink.store(message);
        if (acceptance == Acceptance.ACCEPTED) {
            stored.incrementAndGet();
            processed.flags().forEach(flag -> flag(flag, message));
            LOG.info(() -> "Stored email " + message.id().value() + " in conversation " + message.conversation().key()
                    + (message.noReplyReason() == null ? "" : " without reply: " + message.noReplyReason()));
        } else {
            duplicates.incrementAndGet();
            LOG.info(() -> "Email " + message.id().value() + " was stored before; marking it seen");
        }
        m.setFlag(Flags.Flag.SEEN, true);
        return move(m);
    }

    /** The whole message, or only its header block when it is larger than {@code MAIL_MAX_MESSAGE_BYTES}. */
    private static byte[] read(Message m, int size, boolean headersOnly) throws MessagingException, IOException {
        if (headersOnly && m instanceof MimeMessage mime) {
            StringBuilder headers = new StringBuilder();
            Enumeration<String> lines = mime.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                headers.append(lines.nextElement()).append("\r\n");
            }
            headers.append("\r\n[message body not read: ").append(size).append(" bytes]\r\n");
            return headers.toString().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
        m.writeTo(out);
        return out.toByteArray();
    }

    /**
     * A message over the limit: when its text could be read without its attachments ({@code skipped} lists them),
     * it is answered as usual and flagged so a human looks at the files; otherwise (no multipart structure, an
     * unreadable structure, or no text) it is stored with its headers only, not answered, and flagged.
     */
    private ProcessedMail oversized(ProcessedMail processed, int size, java.util.List<String> skipped) {
        InboundMessage in = processed.message();
        String limit = "larger than MAIL_MAX_MESSAGE_BYTES (" + settings.maxMessageBytes() + ")";
        if (skipped != null && !in.text().isBlank()) {
            String details = "message of " + size + " bytes is " + limit + ": answered from its text; not read: "
                    + String.join(", ", skipped);
            return processed.with(new ProcessedMail.Flag("email.oversized",
                    details.length() <= 1000 ? details : details.substring(0, 1000)));
        }
        if (in.noReplyReason() != null) {
            return processed;
        }
        String reason = "message of " + size + " bytes is " + limit + ": body not read; flagged for a human";
        return new ProcessedMail(new InboundMessage(in.id(), in.conversation(), in.sender(), in.text(),
                in.attachments(), in.receivedAt(), in.rawPayload(), reason),
                java.util.List.of(new ProcessedMail.Flag("email.oversized", reason)));
    }

    /**
     * An oversized message without its attachments ({@link OversizedMailReader}), or only its header block when
     * that fails.
     */
    private byte[] readSlim(Message m, int size, long uid, OversizedMailReader slim)
            throws MessagingException, IOException {
        if (m instanceof MimeMessage mime) {
            try {
                byte[] copy = slim.slimCopy(mime);
                LOG.info(() -> "Message UID " + uid + " has " + size + " bytes (over MAIL_MAX_MESSAGE_BYTES): read "
                        + copy.length + " bytes of it, left out " + slim.skipped());
                return copy;
            } catch (MessagingException | IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Message UID " + uid + " has " + size + " bytes (over MAIL_MAX_MESSAGE_BYTES)"
                        + " and its parts could not be read separately (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); storing its headers only");
            }
        }
        return read(m, size, true);
    }

    private boolean move(Message m) throws MessagingException {
        Folder target = processedFolder;
        if (target == null) {
            return false;
        }
        Message[] one = {m};
        if (folder instanceof IMAPFolder imap && store instanceof IMAPStore s && s.hasCapability("MOVE")) {
            imap.moveMessages(one, target);
            return false;
        }
        folder.copyMessages(one, target);
        m.setFlag(Flags.Flag.DELETED, true);
        return true;
    }

    private void flag(ProcessedMail.Flag flag, InboundMessage message) {
        try {
            audit.flag(flag.action(), "email:" + message.id().value(), flag.details());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record " + flag.action() + " for email " + message.id().value(), e);
        }
    }

    private void idleOnce() throws MessagingException {
        IMAPFolder f = (IMAPFolder) folder;
        Duration wait = min(settings.pollInterval(), settings.lease().dividedBy(3), settings.timeout().dividedBy(2));
        ScheduledFuture<?> waker = executor.schedule(this::interruptIdle, wait.toMillis(), TimeUnit.MILLISECONDS);
        try {
            f.idle(true);
        } finally {
            waker.cancel(false);
        }
    }

    /** Ends a running IDLE: any command on the folder from another thread makes Angus send DONE first. */
    private void interruptIdle() {
        Folder f = folder;
        if (f instanceof IMAPFolder imap && f.isOpen()) {
            try {
                imap.doCommand(protocol -> {
                    protocol.noop();
                    return null;
                });
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.FINE, "Interrupting IDLE failed; the connection is being closed", e);
            }
        }
    }

    private void closeQuietly() {
        Folder f = folder;
        Store s = store;
        folder = null;
        store = null;
        processedFolder = null;
        try {
            if (f != null && f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the IMAP folder failed", e);
        }
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the IMAP store failed", e);
        }
    }

    private static long uid(UIDFolder uids, Message m) {
        try {
            return uids.getUID(m);
        } catch (MessagingException e) {
            return m.getMessageNumber();
        }
    }

    private static Duration min(Duration... durations) {
        return Arrays.stream(durations).min(Comparator.naturalOrder()).orElseThrow();
    }
}
