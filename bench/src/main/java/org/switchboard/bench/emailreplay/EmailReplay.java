package org.switchboard.bench.emailreplay;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * {@code mvn -q -pl bench compile exec:java -Dexec.mainClass=org.switchboard.bench.emailreplay.EmailReplay
 * -Dexec.args="../shared/data/email/support"}: starts a local mail server holding the support mailbox, prints
 * the {@code MAIL_*} settings the bot needs, delivers every {@code .eml} file (files or folders, walked
 * recursively, sorted) into the mailbox, waits for the bot's automatic replies and prints each message with its
 * reply (matched on {@code In-Reply-To}; the wait ends when all are answered, after 30 s without a new reply, or
 * at the timeout), then {@code replayed N emails: A answered, U not answered, E errors}.
 * Auto-replies, bounces and list mail are expected to stay unanswered (RFC 3834).
 *
 * <p>Options: {@code --smtp-port=} (3025), {@code --imap-port=} (3143), {@code --timeout-seconds=} (120: how
 * long to wait for replies after the last delivery). Exit code 0 unless a file could not be read (2 on usage
 * errors).
 */
public final class EmailReplay {

    static final String SUPPORT_ADDRESS = "support@switchboard.test";
    static final String LOGIN = "support";
    static final String PASSWORD = "local-mail-password";
    /** How long without a new reply ends the wait once replies have started to arrive. */
    static final Duration QUIET = Duration.ofSeconds(30);

    private EmailReplay() {
    }

    /**
     * @param args files or folders of .eml files, and options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        int smtpPort = 3025;
        int imapPort = 3143;
        Duration timeout = Duration.ofSeconds(120);
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--smtp-port=")) {
                smtpPort = Integer.parseInt(arg.substring(12));
            } else if (arg.startsWith("--imap-port=")) {
                imapPort = Integer.parseInt(arg.substring(12));
            } else if (arg.startsWith("--timeout-seconds=")) {
                timeout = Duration.ofSeconds(Long.parseLong(arg.substring(18)));
            } else if (arg.startsWith("--")) {
                out.println("unknown option " + arg);
                return 2;
            } else {
                inputs.add(Path.of(arg).toAbsolutePath());
            }
        }
        if (inputs.isEmpty()) {
            out.println("usage: EmailReplay [--smtp-port=3025] [--imap-port=3143] [--timeout-seconds=120] FILE_OR_FOLDER...");
            return 2;
        }
        try (LocalMailServer mail = new LocalMailServer(smtpPort, imapPort, SUPPORT_ADDRESS, LOGIN, PASSWORD)) {
            out.println("Local mail server up. Start the bot with:");
            out.println("  MAIL_IMAP_HOST=127.0.0.1 MAIL_IMAP_PORT=" + mail.imapPort() + " MAIL_IMAP_TLS=none MAIL_USER="
                    + LOGIN + " MAIL_PASSWORD=" + PASSWORD + " MAIL_SMTP_HOST=127.0.0.1 MAIL_SMTP_PORT="
                    + mail.smtpPort() + " MAIL_SMTP_TLS=none MAIL_SMTP_AUTH=false MAIL_SUPPORT_ADDRESS=" + SUPPORT_ADDRESS);
            return replay(mail, files(inputs), timeout, out);
        } catch (IOException e) {
            out.println("cannot read the input: " + e.getMessage());
            return 2;
        }
    }

    static int replay(LocalMailServer mail, List<Path> files, Duration timeout, PrintStream out) {
        Session session = Session.getInstance(new Properties());
        Map<String, Path> delivered = new LinkedHashMap<>();
        int errors = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(session, in);
                String id = message.getMessageID();
                mail.deliverToSupport(message);
                if (id != null) {
                    delivered.put(id.trim(), file);
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                errors++;
                out.println(file.getFileName() + ": ERROR " + e.getMessage());
            }
        }
        out.println("delivered " + delivered.size() + " email(s) into " + SUPPORT_ADDRESS + "; waiting up to "
                + timeout.toSeconds() + " s for replies");
        Collected collected = awaitReplies(mail, delivered.keySet(), timeout);
        Map<String, MimeMessage> replies = collected.replies();
        for (Map.Entry<String, Path> e : delivered.entrySet()) {
            MimeMessage reply = replies.get(e.getKey());
            out.println(e.getValue().getFileName() + " -> " + (reply == null ? "no reply" : describe(reply)));
        }
        int answered = replies.size();
        if (collected.unreadable() > 0) {
            out.println("skipped " + collected.unreadable() + " stored message(s) whose headers could not be read"
                    + " (e.g. an unparseable From)");
        }
        out.println("replayed " + (delivered.size() + errors) + " emails: " + answered + " answered, "
                + (delivered.size() - answered) + " not answered, " + errors + " errors");
        return errors == 0 ? 0 : 1;
    }

    /**
     * Waits until every message is answered, the timeout passes, or — once a reply came — no new reply arrived
     * for {@link #QUIET} (the rest are presumably not meant to be answered, like auto-replies and bounces). Each
     * stored message is read on its own: an unreadable one is skipped and counted, and a reply whose
     * {@code In-Reply-To} cannot be read is read again on the next pass.
     */
    private static Collected awaitReplies(LocalMailServer mail, java.util.Set<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastNews = System.nanoTime();
        Map<String, MimeMessage> replies = new LinkedHashMap<>();
        int unreadable = 0;
        while (System.nanoTime() < deadline && replies.size() < ids.size()
                && (replies.isEmpty() || System.nanoTime() - lastNews < QUIET.toNanos())) {
            int before = replies.size();
            LocalMailServer.MailboxScan scan = mail.automaticReplies();
            unreadable = scan.unreadable();
            for (MimeMessage reply : scan.replies()) {
                try {
                    String inReplyTo = reply.getHeader("In-Reply-To", null);
                    if (inReplyTo != null && ids.contains(inReplyTo.trim())) {
                        replies.putIfAbsent(inReplyTo.trim(), reply);
                    }
                } catch (MessagingException e) {
                    unreadable++;
                }
            }
            if (replies.size() > before) {
                lastNews = System.nanoTime();
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return new Collected(replies, unreadable);
    }

    /** The replies found, keyed by the Message-ID they answer, and how many stored messages were unreadable. */
    private record Collected(Map<String, MimeMessage> replies, int unreadable) {
    }

    private static String describe(MimeMessage reply) {
        try {
            String body = String.valueOf(reply.getContent()).strip().replaceAll("\\s+", " ");
            return "\"" + reply.getSubject() + "\": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
        } catch (IOException | MessagingException e) {
            return "(unreadable reply: " + e.getMessage() + ")";
        }
    }

    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
