package org.switchboard.bench.emailreplay;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.switchboard.bench.outcome.BotOutcome;
import org.switchboard.bench.outcome.ReplayOutcomes;
import org.switchboard.bench.outcome.TextCut;

/**
 * {@code mvn -q -pl bench compile exec:java -Dexec.mainClass=org.switchboard.bench.emailreplay.EmailReplay
 * -Dexec.args="test-fixtures/email/support"}: starts a local mail server holding the support mailbox, prints the
 * {@code MAIL_*} settings the bot needs, delivers every {@code .eml} file (files or folders, walked recursively,
 * sorted) into the mailbox, waits for the bot's automatic replies and prints each message with its reply (matched on
 * {@code In-Reply-To}), then, when the bot's admin API can be read, one line per outcome (answered, escalated with
 * ticket, declined, suppressed with the count per reason, deferred by the rate limit), then
 * {@code replayed N emails: A answered, U not answered, E errors}. Auto-replies, bounces and list mail are expected
 * to stay unanswered (RFC 3834). Every stored message is read on its own: one whose headers cannot be read (an
 * unparseable {@code From}) is skipped and counted, never hiding the other replies.
 *
 * <p>The wait ends at the timeout, or when the outcomes are known: the bot took in at least one message, none is
 * pending, every delivered reply was seen, and no new message was taken in for {@link #QUIET}; without the admin API, when every message is answered
 * or (once a reply came) no new reply arrived for {@link #QUIET}.
 *
 * <p>Options: {@code --smtp-port=} (3025), {@code --imap-port=} (3143), {@code --timeout-seconds=} (120: how
 * long to wait for replies after the last delivery), {@code --url=} (the bot, {@code SWITCHBOARD_URL}, default
 * {@code http://localhost:9080}), {@code --admin-user=} / {@code --admin-password=} (the bot's {@code ADMIN_USER}
 * and {@code ADMIN_PASSWORD}, read from the environment when not given), {@code --full} (print whole replies and
 * reasons instead of their first 200 characters). Exit code 0 unless a file could not be read (2 on usage errors).
 */
public final class EmailReplay {

    static final String SUPPORT_ADDRESS = "support@switchboard.test";
    static final String LOGIN = "support";
    static final String PASSWORD = "local-mail-password";
    /** How long without news (a new reply, or a new message taken in by the bot) ends the wait. */
    static final Duration QUIET = Duration.ofSeconds(30);
    /** How often the bot's outcomes are read while waiting. */
    static final Duration OUTCOME_POLL = Duration.ofSeconds(3);
    static final String USAGE = "usage: EmailReplay [--smtp-port=3025] [--imap-port=3143] [--timeout-seconds=120]"
            + " [--url=http://localhost:9080] [--admin-user=admin] [--admin-password=...] [--full] FILE_OR_FOLDER...";

    private EmailReplay() {
    }

    /**
     * @param args files or folders of .eml files, and options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, PrintStream out) {
        return run(args, Map.of(), out);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        int smtpPort = 3025;
        int imapPort = 3143;
        Duration timeout = Duration.ofSeconds(120);
        String url = env.getOrDefault("SWITCHBOARD_URL", "http://localhost:9080");
        String adminUser = null;
        String adminPassword = null;
        boolean full = false;
        List<Path> inputs = new ArrayList<>();
        try {
            for (String arg : args) {
                if (arg.startsWith("--smtp-port=")) {
                    smtpPort = Integer.parseInt(arg.substring(12));
                } else if (arg.startsWith("--imap-port=")) {
                    imapPort = Integer.parseInt(arg.substring(12));
                } else if (arg.startsWith("--timeout-seconds=")) {
                    timeout = Duration.ofSeconds(Long.parseLong(arg.substring(18)));
                } else if (arg.startsWith("--url=")) {
                    url = arg.substring(6);
                } else if (arg.startsWith("--admin-user=")) {
                    adminUser = arg.substring(13);
                } else if (arg.startsWith("--admin-password=")) {
                    adminPassword = arg.substring(17);
                } else if (arg.equals("--full")) {
                    full = true;
                } else if (arg.startsWith("--")) {
                    out.println("unknown option " + arg);
                    out.println(USAGE);
                    return 2;
                } else {
                    inputs.add(Path.of(arg).toAbsolutePath());
                }
            }
        } catch (NumberFormatException e) {
            out.println("not a number: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        if (inputs.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        URI bot;
        try {
            bot = new URI(url.replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            out.println("--url is not a URL: " + url);
            return 2;
        }
        try (LocalMailServer mail = new LocalMailServer(smtpPort, imapPort, SUPPORT_ADDRESS, LOGIN, PASSWORD)) {
            out.println("Local mail server up. Start the bot with:");
            out.println("  MAIL_IMAP_HOST=127.0.0.1 MAIL_IMAP_PORT=" + mail.imapPort() + " MAIL_IMAP_TLS=none MAIL_USER="
                    + LOGIN + " MAIL_PASSWORD=" + PASSWORD + " MAIL_SMTP_HOST=127.0.0.1 MAIL_SMTP_PORT="
                    + mail.smtpPort() + " MAIL_SMTP_TLS=none MAIL_SMTP_AUTH=false MAIL_SUPPORT_ADDRESS=" + SUPPORT_ADDRESS);
            ReplayOutcomes outcomes = ReplayOutcomes.start(bot, adminUser, adminPassword, env, "EMAIL");
            return replay(mail, files(inputs), timeout, outcomes, full, out);
        } catch (IOException e) {
            out.println("cannot read the input: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("interrupted");
            return 1;
        }
    }

    /** As {@link #replay(LocalMailServer, List, Duration, ReplayOutcomes, boolean, PrintStream)}, without the bot's outcomes. */
    static int replay(LocalMailServer mail, List<Path> files, Duration timeout, PrintStream out) {
        try {
            return replay(mail, files, timeout, null, false, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * @param outcomes where the bot's outcomes are read, or null for none
     * @param full     whether to print whole replies and reasons
     */
    static int replay(LocalMailServer mail, List<Path> files, Duration timeout, ReplayOutcomes outcomes, boolean full,
                      PrintStream out) throws InterruptedException {
        Session session = Session.getInstance(new Properties());
        List<Delivered> delivered = new ArrayList<>();
        int errors = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(session, in);
                String id = message.getMessageID();
                mail.deliverToSupport(message);
                delivered.add(new Delivered(file, canonicalId(id), id == null ? replyKey(message, true) : null));
            } catch (IOException | MessagingException | RuntimeException e) {
                errors++;
                out.println(file.getFileName() + ": ERROR " + e.getMessage());
            }
        }
        out.println("delivered " + delivered.size() + " email(s) into " + SUPPORT_ADDRESS + "; waiting up to "
                + timeout.toSeconds() + " s for replies");
        Set<String> ids = new HashSet<>();
        delivered.stream().map(Delivered::messageId).filter(Objects::nonNull).forEach(ids::add);
        Collected collected = awaitReplies(mail, ids, timeout, outcomes);
        Map<String, MimeMessage> replies = collected.replies();
        Map<String, BotOutcome> known = collected.outcomes().orElse(Map.of());
        int answered = 0;
        List<MimeMessage> unthreaded = new ArrayList<>(collected.unthreaded());
        for (Delivered d : delivered) {
            MimeMessage reply = d.messageId() == null ? takeByKey(unthreaded, d.replyKey()) : replies.get(d.messageId());
            BotOutcome outcome = d.messageId() == null ? null : known.get(d.messageId());
            if (reply != null) {
                answered++;
                out.println(d.file().getFileName() + " -> " + describe(reply, full)
                        + (outcome == null ? "" : " [" + outcome.describe(full) + "]"));
            } else {
                out.println(d.file().getFileName() + " -> no reply" + (outcome != null ? " [" + outcome.describe(full)
                        + (outcome.deferred(Instant.now()) ? ", reply deferred until " + outcome.replyDue() : "") + "]"
                        : d.messageId() == null ? " (no Message-ID: the bot stores it under a synthetic id)" : ""));
            }
        }
        for (MimeMessage reply : unthreaded) {
            out.println("unmatched reply -> " + describe(reply, full));
        }
        int replyCount = replies.size() + collected.unthreaded().size();
        out.println("received " + replyCount + " automatic repl" + (replyCount == 1 ? "y" : "ies") + " from "
                + SUPPORT_ADDRESS + " (" + collected.unthreaded().size() + " without In-Reply-To, matched on address and"
                + " subject; " + unthreaded.size() + " unmatched)");
        if (collected.unreadable() > 0) {
            out.println("skipped " + collected.unreadable() + " stored message(s) whose headers could not be read"
                    + " (e.g. an unparseable From)");
        }
        if (outcomes != null) {
            outcomes.printSummary(collected.outcomes(), "deferred by the rate limit", out);
        }
        out.println("replayed " + (delivered.size() + errors) + " emails: " + answered + " answered, "
                + (delivered.size() - answered) + " not answered, " + errors + " errors");
        return errors == 0 ? 0 : 1;
    }

    /**
     * A delivered file, its Message-ID (null when it has none) and, without one, the key its reply is recognised by
     * ({@link #replyKey}).
     */
    private record Delivered(Path file, String messageId, String replyKey) {
    }

    private static MimeMessage takeByKey(List<MimeMessage> unthreaded, String key) {
        if (key == null) {
            return null;
        }
        for (java.util.Iterator<MimeMessage> it = unthreaded.iterator(); it.hasNext(); ) {
            MimeMessage reply = it.next();
            if (key.equals(replyKey(reply, false))) {
                it.remove();
                return reply;
            }
        }
        return null;
    }

    /**
     * Recognises a reply to a message without a Message-ID (the bot's reply then has no {@code In-Reply-To}): the
     * address the reply goes to and the subject without {@code Re:} prefixes and the bot's {@code [#ticket]} tag.
     *
     * @param message  a delivered message or a reply
     * @param original true for a delivered message (its Reply-To, else From), false for a reply (its first To)
     * @return the key, or null when the address or subject cannot be read
     */
    static String replyKey(MimeMessage message, boolean original) {
        try {
            jakarta.mail.Address[] to = original
                    ? (message.getReplyTo() != null && message.getReplyTo().length > 0 ? message.getReplyTo()
                    : message.getFrom())
                    : message.getRecipients(MimeMessage.RecipientType.TO);
            if (to == null || to.length == 0 || !(to[0] instanceof jakarta.mail.internet.InternetAddress a)
                    || a.getAddress() == null) {
                return null;
            }
            String subject = message.getSubject() == null ? "" : message.getSubject();
            subject = subject.replaceAll("\\s+", " ").strip().replaceFirst("\\s*\\[#\\d+\\]$", "");
            while (subject.regionMatches(true, 0, "re:", 0, 3)) {
                subject = subject.substring(3).strip();
            }
            return a.getAddress().toLowerCase(java.util.Locale.ROOT) + "\n" + subject.toLowerCase(java.util.Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Waits as the class documentation says. Each stored message is read on its own: an unreadable one is skipped
     * and counted, and a reply whose {@code In-Reply-To} cannot be read is read again on the next pass.
     */
    private static Collected awaitReplies(LocalMailServer mail, Set<String> ids, Duration timeout,
                                          ReplayOutcomes outcomes) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastNews = System.nanoTime();
        long nextOutcomeRead = System.nanoTime();
        Map<String, MimeMessage> replies = new LinkedHashMap<>();
        List<MimeMessage> unthreaded = new ArrayList<>();
        Optional<Map<String, BotOutcome>> known = Optional.empty();
        int unreadable = 0;
        while (System.nanoTime() < deadline) {
            int before = replies.size();
            LocalMailServer.MailboxScan scan = mail.automaticReplies();
            unreadable = scan.unreadable();
            for (MimeMessage reply : scan.replies()) {
                try {
                    String inReplyTo = canonicalId(reply.getHeader("In-Reply-To", null));
                    if (inReplyTo != null) {
                        replies.putIfAbsent(inReplyTo, reply);
                    } else if (unthreaded.stream().noneMatch(r -> r == reply)) {
                        unthreaded.add(reply);
                    }
                } catch (MessagingException e) {
                    unreadable++;
                }
            }
            if (replies.size() > before) {
                lastNews = System.nanoTime();
            }
            if (outcomes != null && System.nanoTime() >= nextOutcomeRead) {
                int knownBefore = known.map(Map::size).orElse(0);
                Optional<Map<String, BotOutcome>> read = outcomes.read();
                if (read.isPresent()) {
                    if (known.isEmpty() || read.get().size() > knownBefore) {
                        // the bot answering for the first time (it may start after the replay) is news too
                        lastNews = System.nanoTime();
                    }
                    known = read;
                }
                nextOutcomeRead = System.nanoTime() + OUTCOME_POLL.toNanos();
            }
            boolean quiet = System.nanoTime() - lastNews >= QUIET.toNanos();
            if (known.isPresent() ? !known.get().isEmpty() && settled(known.get(), replies) && quiet
                    : replies.keySet().containsAll(ids) || !replies.isEmpty() && quiet) {
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        if (outcomes != null && known.isEmpty()) {
            known = outcomes.read();
        }
        return new Collected(replies, unthreaded, unreadable, known);
    }

    /**
     * No message waits for its turn and every reply the bot delivered to a message with a Message-ID has been seen
     * (a reply to a message without one, stored under a synthetic {@code sb-...} id, carries no In-Reply-To).
     */
    private static boolean settled(Map<String, BotOutcome> outcomes, Map<String, MimeMessage> replies) {
        return outcomes.values().stream().noneMatch(BotOutcome::pending)
                && outcomes.values().stream().filter(o -> "DELIVERED".equals(o.replyStatus()))
                .filter(o -> o.externalId().startsWith("<")).allMatch(o -> replies.containsKey(o.externalId()));
    }

    /**
     * The form in which the bot stores a Message-ID and writes it into a reply's {@code In-Reply-To}: the first
     * {@code <...>} token with its whitespace removed, or a bare {@code local@domain} put in brackets.
     *
     * @param header a Message-ID or In-Reply-To value, may be null
     * @return the id, or null when the value holds none
     */
    static String canonicalId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        java.util.regex.Matcher bracketed = BRACKETED_ID.matcher(header);
        while (bracketed.find()) {
            String compact = bracketed.group(1).replaceAll("\\s+", "");
            if (!compact.isEmpty()) {
                return "<" + compact + ">";
            }
        }
        String bare = header.replaceAll("\\([^()]*\\)", " ").strip();
        return !bare.isEmpty() && bare.indexOf(' ') < 0 && bare.indexOf('@') > 0 ? "<" + bare + ">" : null;
    }

    private static final java.util.regex.Pattern BRACKETED_ID = java.util.regex.Pattern.compile("<([^<>]*)>");

    /** The replies found (keyed by the Message-ID they answer), the unreadable count and the bot's outcomes. */
    private record Collected(Map<String, MimeMessage> replies, List<MimeMessage> unthreaded, int unreadable,
                             Optional<Map<String, BotOutcome>> outcomes) {
    }

    private static String describe(MimeMessage reply, boolean full) {
        try {
            return "\"" + reply.getSubject() + "\": " + TextCut.cut(String.valueOf(reply.getContent()),
                    full ? -1 : TextCut.DEFAULT_LIMIT);
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
