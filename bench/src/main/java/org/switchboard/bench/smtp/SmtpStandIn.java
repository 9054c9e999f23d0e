package org.switchboard.bench.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A local SMTP server (RFC 5321, on <a href="https://github.com/davidmoten/subethasmtp">SubEtha SMTP</a>) bound to
 * {@code 127.0.0.1}, for tests of a client that sends mail: point the client at {@link #port()} (no TLS, no AUTH) and
 * every message it accepts is captured as a {@link CapturedMail}.
 *
 * <p>It can be told to answer a share of the mail transactions with a fault ({@link #storm}): a transient refusal
 * (e.g. {@code 421 4.3.2} or {@code 451 4.3.0}) at {@code MAIL FROM}, at {@code RCPT TO} or after the message data
 * (then the message is not accepted), or a late answer at one of these stages. A late answer at {@code MAIL FROM} or
 * {@code RCPT TO} that outlasts the client's read timeout makes the client give up before it sends the message; a
 * late answer after the data is given <em>after</em> the message was accepted and captured, so a client that times
 * out there and sends again produces a second copy here, as it would at a real server (the unknown outcome of
 * RFC 1047). Whether a transaction gets a fault is drawn when it starts, from a seeded random sequence; which fault,
 * in turn from the storm's list, so that a mix of faults is always injected.
 *
 * <p>Thread-safe: each connection runs on a thread of SubEtha's pool; the captured messages and injected faults are
 * read as snapshots. A late answer waits on a latch that {@link #close()} releases (the connection is then dropped).
 */
public final class SmtpStandIn implements AutoCloseable {

    private final Object lock = new Object();
    private final List<CapturedMail> messages = new ArrayList<>();
    private final List<InjectedFault> injected = new ArrayList<>();
    private final AtomicInteger transactions = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final SMTPServer server;
    private double share;
    private List<SmtpFault> faults = List.of();
    private Random random = new Random(0);
    private int nextFault;

    private SmtpStandIn(int port) {
        server = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress()).hostName("smtp.standin.test")
                .softwareName("Switchboard SMTP stand-in").messageHandlerFactory(context -> new Transaction())
                .build();
    }

    /**
     * Starts a stand-in that accepts every message (no storm).
     *
     * @param port the port to listen on, or 0 for any free one
     * @return the running stand-in
     * @throws IllegalStateException if it cannot listen (port taken)
     */
    public static SmtpStandIn start(int port) {
        SmtpStandIn standIn = new SmtpStandIn(port);
        try {
            standIn.server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("SMTP stand-in cannot listen on port " + port, e);
        }
        return standIn;
    }

    /** @return the port it listens on */
    public int port() {
        return server.getPortAllocated();
    }

    /**
     * From now on, each new mail transaction gets a fault with probability {@code share}; the faults are taken in
     * turn from {@code faults}. Replaces the storm before; transactions already running keep theirs.
     *
     * @param share  the share of transactions to disturb, 0 to 1 (e.g. 0.3)
     * @param seed   the seed of the random sequence that decides which transactions are disturbed (the same seed and
     *               the same order of transactions give the same choices)
     * @param faults the faults to inject, at least one
     * @throws IllegalArgumentException if share is not within 0..1 or faults is empty
     */
    public void storm(double share, long seed, List<SmtpFault> faults) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be within 0..1, was " + share);
        }
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a storm needs at least one fault");
        }
        synchronized (lock) {
            this.share = share;
            this.faults = List.copyOf(faults);
            this.random = new Random(seed);
            this.nextFault = 0;
        }
    }

    /** Ends the storm: new transactions are answered normally (running late answers still wait). */
    public void calm() {
        synchronized (lock) {
            share = 0;
            faults = List.of();
        }
    }

    /** @return how many mail transactions ({@code MAIL FROM} commands) have started so far */
    public int transactions() {
        return transactions.get();
    }

    /** @return the messages accepted so far, in the order of acceptance (an unmodifiable snapshot) */
    public List<CapturedMail> messages() {
        synchronized (lock) {
            return List.copyOf(messages);
        }
    }

    /** @return the faults injected so far, in the order of injection (an unmodifiable snapshot) */
    public List<InjectedFault> injectedFaults() {
        synchronized (lock) {
            return List.copyOf(injected);
        }
    }

    /** Stops listening, releases late answers (their connections are dropped) and closes open connections. */
    @Override
    public void close() {
        closing.countDown();
        server.stop();
    }

    private SmtpFault draw() {
        synchronized (lock) {
            if (faults.isEmpty() || random.nextDouble() >= share) {
                return null;
            }
            SmtpFault fault = faults.get(nextFault % faults.size());
            nextFault++;
            return fault;
        }
    }

    private void capture(String from, List<String> recipients, byte[] raw) {
        String messageId = null;
        String inReplyTo = null;
        String to = null;
        String autoSubmitted = null;
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
            messageId = header(headers, "Message-ID");
            inReplyTo = header(headers, "In-Reply-To");
            to = header(headers, "To");
            autoSubmitted = header(headers, "Auto-Submitted");
        } catch (MessagingException e) {
            // unreadable headers: captured with the raw bytes only
        }
        CapturedMail mail = new CapturedMail(from, recipients, messageId, inReplyTo, to, autoSubmitted, raw,
                Instant.now());
        synchronized (lock) {
            messages.add(mail);
        }
    }

    private static String header(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, ",");
        return value == null ? null : MimeUtility.unfold(value).trim();
    }

    /** One mail transaction, from {@code MAIL FROM} to the answer after the data; SubEtha makes one per transaction. */
    private final class Transaction implements MessageHandler {

        private final SmtpFault fault;
        private final List<String> recipients = new ArrayList<>();
        private String from = "";
        private boolean struck;

        Transaction() {
            transactions.incrementAndGet();
            fault = draw();
        }

        @Override
        public void from(String address) throws RejectException {
            strike(SmtpStage.MAIL_FROM);
            from = address == null ? "" : address;
        }

        @Override
        public void recipient(String address) throws RejectException {
            strike(SmtpStage.RCPT_TO);
            recipients.add(address);
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] raw = data.readAllBytes();
            boolean refused = fault != null && fault.stage() == SmtpStage.END_OF_DATA && fault.isRefusal();
            if (!refused) {
                capture(from, recipients, raw);
            }
            strike(SmtpStage.END_OF_DATA);
            return null;
        }

        @Override
        public void done() {
            // nothing held
        }

        /** Injects this transaction's fault if it belongs to {@code stage}: throws a refusal, or waits. */
        private void strike(SmtpStage stage) throws RejectException {
            if (fault == null || fault.stage() != stage || struck) {
                return;
            }
            struck = true;
            synchronized (lock) {
                injected.add(new InjectedFault(fault, Instant.now()));
            }
            if (fault.isRefusal()) {
                // 421 closes the transmission channel (RFC 5321 section 3.8)
                throw fault.code() == 421 ? new DropConnectionException(421, fault.text())
                        : new RejectException(fault.code(), fault.text());
            }
            if (waitOrClosed(fault.delay())) {
                throw new DropConnectionException(421, "4.3.2 Stand-in shutting down");
            }
        }
    }

    /** @return true when the stand-in closed (or the thread was interrupted) during the wait */
    private boolean waitOrClosed(Duration delay) {
        try {
            return closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
