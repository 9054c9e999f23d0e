package org.switchboard.bench.replay;

import org.switchboard.bench.slackapi.CapturedMessage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Prints the outcome of each payload and counts them. One block per payload:
 * <pre>
 * [3/120] msg-002-mention-transaction_charged_twice.json
 *   customer: &lt;@U0BOT&gt; Hello. I just noticed I was charged two times ...   (first 100 chars)
 *   HTTP 200, ack 41 ms
 *   reply after 812 ms: I'm sorry to hear that ...                         (first 300 chars)
 * </pre>
 * or {@code NO REPLY within 30s} in place of the reply line, {@code skipped: REASON} or {@code ERROR: PROBLEM}.
 * Line breaks inside texts are shown as {@code \n}. The closing line is exactly
 * {@code replayed N payloads: A answered, M without reply, S skipped, E errors} where N = A + M + S + E.
 * Messages the bot posted that belong to no payload (duplicates, wrong thread) are listed as
 * {@code UNEXPECTED reply} lines and make the run fail. Not thread-safe.
 */
public final class ReplayReport {

    /** Customer text is cut to this many characters. */
    public static final int CUSTOMER_TEXT_LIMIT = 100;
    /** Reply text is cut to this many characters. */
    public static final int REPLY_TEXT_LIMIT = 300;

    private final PrintStream out;
    private final int total;
    private final boolean full;
    private int index;
    private int answered;
    private int withoutReply;
    private int skipped;
    private int errors;
    private int unexpected;

    /**
     * Creates a report.
     *
     * @param out   where to print
     * @param total how many payload files will be reported (for the {@code [i/total]} counter)
     */
    public ReplayReport(PrintStream out, int total) {
        this(out, total, false);
    }

    /**
     * Creates a report.
     *
     * @param out   where to print
     * @param total how many payload files will be reported (for the {@code [i/total]} counter)
     * @param full  true to print whole customer texts and replies ({@code --full}), false to cut them at
     *              {@link #CUSTOMER_TEXT_LIMIT} and {@link #REPLY_TEXT_LIMIT} characters
     */
    public ReplayReport(PrintStream out, int total, boolean full) {
        this.out = Objects.requireNonNull(out, "out");
        this.total = total;
        this.full = full;
    }

    /**
     * Reports a payload that was not posted because the filter rejected it.
     *
     * @param file   the payload file
     * @param reason why, from {@link PayloadFilter#skipReason}
     */
    public void skipped(Path file, String reason) {
        skipped++;
        header(file);
        out.println("  skipped: " + reason);
    }

    /**
     * Reports a payload that could not be read or posted.
     *
     * @param file         the payload file
     * @param customerText the message text if the payload was read, else null
     * @param problem      what went wrong
     */
    public void error(Path file, String customerText, String problem) {
        errors++;
        header(file);
        customer(customerText);
        out.println("  ERROR: " + problem);
    }

    /**
     * Reports a payload the bot did not acknowledge with 2xx (e.g. 401 for a bad signature); counted as an
     * error.
     *
     * @param file         the payload file
     * @param customerText the message text
     * @param post         the bot's answer
     */
    public void notAcknowledged(Path file, String customerText, EventPoster.PostResult post) {
        errors++;
        header(file);
        customer(customerText);
        out.println("  HTTP " + post.status() + ", ack " + post.ackMillis() + " ms");
        String body = post.responseBody() == null || post.responseBody().isBlank() ? ""
                : ": " + cut(post.responseBody(), replyLimit());
        out.println("  ERROR: the bot did not acknowledge the event" + body);
    }

    /**
     * Reports a posted and acknowledged payload.
     *
     * @param file         the payload file
     * @param customerText the message text
     * @param post         the bot's acknowledgement
     * @param reply        the reply, or null if none came in time
     * @param timeout      how long the reply was waited for
     */
    public void replayed(Path file, String customerText, EventPoster.PostResult post, CapturedMessage reply,
                         Duration timeout) {
        header(file);
        customer(customerText);
        out.println("  HTTP " + post.status() + ", ack " + post.ackMillis() + " ms");
        if (reply == null) {
            withoutReply++;
            out.println("  NO REPLY within " + timeout.toSeconds() + "s");
        } else {
            answered++;
            long replyMillis = Math.max(0, Duration.between(post.sentAt(), reply.receivedAt()).toMillis());
            out.println("  reply after " + replyMillis + " ms: " + cut(reply.text(), replyLimit()));
        }
    }

    /**
     * Reports messages the bot posted that are no payload's reply.
     *
     * @param messages the extra messages; nothing is printed for an empty list
     */
    public void unexpected(List<CapturedMessage> messages) {
        for (CapturedMessage message : messages) {
            unexpected++;
            out.println("  UNEXPECTED reply in " + message.channel()
                    + (message.threadTs() == null ? "" : " thread " + message.threadTs()) + ": "
                    + cut(message.text(), replyLimit()));
        }
    }

    /**
     * The closing line.
     *
     * @return {@code replayed N payloads: A answered, M without reply, S skipped, E errors}
     */
    public String summaryLine() {
        int replayed = answered + withoutReply + skipped + errors;
        return "replayed " + replayed + " payloads: " + answered + " answered, " + withoutReply
                + " without reply, " + skipped + " skipped, " + errors + " errors";
    }

    /** Prints the unexpected-reply count (if any) and then {@link #summaryLine()}. */
    public void printSummary() {
        if (unexpected > 0) {
            out.println(unexpected + " unexpected repl" + (unexpected == 1 ? "y" : "ies")
                    + " (duplicates or replies in the wrong channel/thread)");
        }
        out.println(summaryLine());
    }

    /**
     * The process exit status.
     *
     * @return 0 when every posted payload got exactly one reply (no payload without reply, no error, no
     *         unexpected message), else 1; skipped payloads do not count
     */
    public int exitCode() {
        return withoutReply == 0 && errors == 0 && unexpected == 0 ? 0 : 1;
    }

    /**
     * Payloads answered so far.
     *
     * @return the count
     */
    public int answered() {
        return answered;
    }

    /**
     * Payloads posted whose reply did not come.
     *
     * @return the count
     */
    public int withoutReply() {
        return withoutReply;
    }

    /**
     * Payloads skipped by the filter.
     *
     * @return the count
     */
    public int skipped() {
        return skipped;
    }

    /**
     * Payloads that could not be read, posted or were not acknowledged.
     *
     * @return the count
     */
    public int errors() {
        return errors;
    }

    /**
     * Messages that were no payload's reply.
     *
     * @return the count
     */
    public int unexpected() {
        return unexpected;
    }

    /**
     * Cuts a text for display: line breaks shown as {@code \n}, at most {@code limit} characters (never
     * splitting a surrogate pair), {@code ...} appended when cut.
     *
     * @param text  the text, may be null (shown as empty)
     * @param limit the maximum number of characters kept
     * @return the display text
     */
    public static String cut(String text, int limit) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace("\r\n", "\n").replace("\n", "\\n");
        if (oneLine.length() <= limit) {
            return oneLine;
        }
        int end = limit;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end) + "...";
    }

    private void header(Path file) {
        index++;
        out.println("[" + index + "/" + total + "] " + file.getFileName());
    }

    private void customer(String text) {
        if (text != null) {
            out.println("  customer: " + cut(text, full ? Integer.MAX_VALUE : CUSTOMER_TEXT_LIMIT));
        }
    }

    private int replyLimit() {
        return full ? Integer.MAX_VALUE : REPLY_TEXT_LIMIT;
    }
}
