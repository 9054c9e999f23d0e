package org.switchboard.email.matrix;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.loop.LoopVerdict;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.mime.MalformedEmailException;
import org.switchboard.email.mime.ParsedEmail;

/**
 * The suppression-matrix check as a command: runs the email channel's loop guard over every message listed in an
 * {@code INDEX.tsv}-style file (tab-separated, a header row naming at least {@code path} and {@code category}, and
 * optionally {@code marker}; paths relative to the file) and prints, per message, the decision, whether it is
 * right, the category, the path and the reason, then last {@code answered A, suppressed S, wrong W}.
 *
 * <p>The rule checked (issue 6): every {@code auto-reply} and {@code bounce} is suppressed; a {@code general} or
 * {@code support} message is suppressed when it carries a loop-guard marker (the index's {@code marker} column, not
 * {@code -}; or a no-reply / MAILER-DAEMON / postmaster sender, which the issue lists and the index's marker script
 * does not compute), and answered otherwise; {@code reply} rows are body fragments and are skipped. A message whose
 * header block cannot be parsed is stored flagged by the poller, so it counts as suppressed. A message the guard
 * clears but that has no From address counts as answered (the rule is about automated mail) and is marked
 * {@link #NO_FROM}: the channel stores it flagged, as there is nobody to reply to.
 *
 * <p>Run from the repository root (exit status 0 when nothing is wrong, 1 otherwise, 2 on bad arguments):
 * <pre>mvn -q -pl channel-email exec:java</pre> checks the email subset in the repository
 * ({@code test-fixtures/email/INDEX.tsv}, the module's default argument);
 * <pre>mvn -q -pl channel-email exec:java -Dexec.args="/path/to/email/INDEX.tsv"</pre> checks any corpus laid out the
 * same way, such as the whole development corpus (docs/FIXTURES.md).
 * Options: {@code --support-address=ADDRESS} (default {@code support@switchboard.invalid}),
 * {@code --loop-header=NAME} (default {@code X-Switchboard-Loop}), {@code --wrong-only} (print only wrong rows and
 * the summary).
 */
public final class SuppressionMatrix {

    private static final Pattern ROBOT_FROM = Pattern.compile(
            "(?i)(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|post[-_.]?master)[^@\\s<>\"]*@");

    /** Reason shown for messages the guard clears but that have no From address to reply to. */
    public static final String NO_FROM = "no From address: cleared by the loop guard, stored flagged for a human";

    private final LoopGuard guard;
    private final EmailParser parser = new EmailParser();

    /** @param guard the loop guard to check */
    public SuppressionMatrix(LoopGuard guard) {
        this.guard = guard;
    }

    /**
     * Evaluates every row of an index file.
     *
     * @param index the index file
     * @return the report
     * @throws IOException              when the index or a listed file cannot be read
     * @throws IllegalArgumentException when the index has no {@code path} or {@code category} column
     */
    public MatrixReport run(Path index) throws IOException {
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(index + " is empty");
        }
        List<String> columns = Arrays.asList(lines.get(0).split("\t", -1));
        int pathCol = columns.indexOf("path");
        int categoryCol = columns.indexOf("category");
        int markerCol = columns.indexOf("marker");
        if (pathCol < 0 || categoryCol < 0) {
            throw new IllegalArgumentException(index + ": header row must name the columns path and category");
        }
        Path base = index.toAbsolutePath().getParent();
        List<MatrixRow> rows = new ArrayList<>();
        int skipped = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String path = cells[pathCol];
            String category = cells[categoryCol].trim().toLowerCase(Locale.ROOT);
            if (category.equals("reply")) {
                skipped++;
                continue;
            }
            String marker = markerCol >= 0 && markerCol < cells.length ? cells[markerCol].trim() : "-";
            rows.add(evaluate(path, category, marker, Files.readAllBytes(base.resolve(path))));
        }
        return new MatrixReport(rows, skipped);
    }

    /**
     * Evaluates one message.
     *
     * @param path     for the report
     * @param category its index category
     * @param marker   the index's marker column ({@code -} for none)
     * @param raw      the message bytes
     * @return the row
     */
    public MatrixRow evaluate(String path, String category, String marker, byte[] raw) {
        MatrixRow.Decision expected = expected(category, marker, raw);
        String reason;
        MatrixRow.Decision actual;
        try {
            ParsedEmail mail = parser.parse(raw);
            LoopVerdict verdict = guard.check(mail);
            actual = verdict.answer() ? MatrixRow.Decision.ANSWERED : MatrixRow.Decision.SUPPRESSED;
            reason = !verdict.answer() ? verdict.reason()
                    : mail.from().isEmpty() ? NO_FROM : "-";
        } catch (MalformedEmailException e) {
            actual = MatrixRow.Decision.SUPPRESSED;
            reason = "malformed, stored flagged: " + e.getMessage();
        }
        return new MatrixRow(path, category, expected, actual, reason);
    }

    /**
     * The issue's rule, from the index and the raw From header (not from the guard under test).
     *
     * @param category the index category
     * @param marker   the index marker column
     * @param raw      the message bytes
     * @return the expected decision
     */
    static MatrixRow.Decision expected(String category, String marker, byte[] raw) {
        if (category.equals("auto-reply") || category.equals("bounce")) {
            return MatrixRow.Decision.SUPPRESSED;
        }
        boolean marked = !(marker.isEmpty() || marker.equals("-"));
        return marked || robotFrom(raw) ? MatrixRow.Decision.SUPPRESSED : MatrixRow.Decision.ANSWERED;
    }

    /** Whether the raw top-level From header names a no-reply, MAILER-DAEMON or postmaster mailbox. */
    private static boolean robotFrom(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n|\n|\r", -1);
        StringBuilder from = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                break;
            }
            if (from != null && (line.startsWith(" ") || line.startsWith("\t"))) {
                from.append(line);
                continue;
            }
            if (from != null) {
                break;
            }
            if (line.regionMatches(true, 0, "From:", 0, 5)) {
                from = new StringBuilder(line);
            }
        }
        return from != null && ROBOT_FROM.matcher(from).find();
    }

    /**
     * The command.
     *
     * @param args the index file and options (see the class description)
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * The command without {@code System.exit}.
     *
     * @param args the index file and options
     * @param out  where rows and the summary go
     * @param err  where usage errors go
     * @return the exit status: 0 nothing wrong, 1 some decision wrong, 2 bad arguments or unreadable files
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String support = "support@switchboard.invalid";
        String loopHeader = EmailSettings.DEFAULT_LOOP_HEADER;
        boolean wrongOnly = false;
        Path index = null;
        for (String arg : args) {
            if (arg.startsWith("--support-address=")) {
                support = arg.substring("--support-address=".length());
            } else if (arg.startsWith("--loop-header=")) {
                loopHeader = arg.substring("--loop-header=".length());
            } else if (arg.equals("--wrong-only")) {
                wrongOnly = true;
            } else if (arg.startsWith("--") || index != null) {
                err.println("usage: SuppressionMatrix INDEX.tsv [--support-address=ADDRESS] [--loop-header=NAME] "
                        + "[--wrong-only]");
                return 2;
            } else {
                index = Path.of(arg);
            }
        }
        if (index == null) {
            err.println("usage: SuppressionMatrix INDEX.tsv [--support-address=ADDRESS] [--loop-header=NAME] "
                    + "[--wrong-only]");
            return 2;
        }
        MatrixReport report;
        try {
            report = new SuppressionMatrix(new LoopGuard(Set.of(support), loopHeader)).run(index);
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot run the matrix: " + e.getMessage());
            return 2;
        }
        for (MatrixRow row : report.rows()) {
            if (!wrongOnly || !row.correct()) {
                out.println(row.line());
            }
        }
        out.println("skipped " + report.skipped() + " reply fragments; " + report.rows().stream()
                .filter(r -> NO_FROM.equals(r.reason())).count() + " answered messages have no From address");
        out.println(report.summary());
        return report.wrong() == 0 ? 0 : 1;
    }
}
