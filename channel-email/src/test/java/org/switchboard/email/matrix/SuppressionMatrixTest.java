package org.switchboard.email.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.support.Fixtures;

/**
 * The suppression matrix over every message of the repository's email subset ({@code test-fixtures/email/INDEX.tsv};
 * the whole corpus is a command, see docs/FIXTURES.md).
 */
class SuppressionMatrixTest {

    @Test
    void noDecisionIsWrongOverTheWholeCorpus() throws Exception {
        MatrixReport report = new SuppressionMatrix(new LoopGuard(Set.of("support@switchboard.invalid"),
                "X-Switchboard-Loop")).run(Fixtures.root().resolve("INDEX.tsv"));
        System.out.println("Suppression matrix over INDEX.tsv: " + report.summary() + " (skipped "
                + report.skipped() + " reply fragments)");
        assertThat(report.rows().stream().filter(r -> !r.correct()).map(MatrixRow::line)).isEmpty();
        assertThat(report.wrong()).isZero();
        long index = Files.readAllLines(Fixtures.root().resolve("INDEX.tsv")).size() - 1;
        assertThat(report.rows().size() + report.skipped()).isEqualTo(index);
        // every auto-reply and bounce is suppressed (the subset holds 14 auto-replies and 131 bounces), and so is
        // every general message with a marker
        assertThat(report.rows()).filteredOn(r -> r.category().equals("auto-reply") || r.category().equals("bounce"))
                .allMatch(r -> r.actual() == MatrixRow.Decision.SUPPRESSED).hasSize(14 + 131);
        assertThat(report.rows()).filteredOn(r -> r.category().equals("support"))
                .allMatch(r -> r.actual() == MatrixRow.Decision.ANSWERED).isNotEmpty();
        assertThat(report.answered() + report.suppressed()).isEqualTo(report.rows().size());
    }

    @Test
    void theCommandPrintsEveryDecisionAndTheSummaryLast(@TempDir Path dir) throws Exception {
        Path root = Fixtures.root();
        Path index = dir.resolve("INDEX.tsv");
        Files.writeString(index, String.join("\n",
                "path\tcategory\tmarker",
                root.resolve("support/chatwoot__chatwoot/support.eml") + "\tsupport\t-",
                root.resolve("auto-replies/chatwoot__chatwoot/auto_reply.eml") + "\tauto-reply\tX-Autoreply: yes",
                // deliberately mislabelled: an auto-reply listed as support must come out wrong
                root.resolve("auto-replies/sisimai__set-of-emails/bsd/rfc3834-01.eml") + "\tsupport\t-",
                root.resolve("replies/github__email_reply_parser/email_1_2.txt") + "\treply\tn/a"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = SuppressionMatrix.run(new String[]{index.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("ANSWERED\tok\tsupport\t");
        assertThat(lines[1]).startsWith("SUPPRESSED\tok\tauto-reply\t").containsIgnoringCase("X-Autoreply");
        assertThat(lines[2]).startsWith("SUPPRESSED\tWRONG(expected ANSWERED)\tsupport\t");
        assertThat(lines[3]).startsWith("skipped 1 reply fragments");
        assertThat(lines[4]).isEqualTo("answered 1, suppressed 2, wrong 1");
    }

    @Test
    void badArgumentsExitWithTwo() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(SuppressionMatrix.run(new String[0], quiet, quiet)).isEqualTo(2);
        assertThat(SuppressionMatrix.run(new String[]{"--bogus"}, quiet, quiet)).isEqualTo(2);
        assertThat(SuppressionMatrix.run(new String[]{"/nonexistent/INDEX.tsv"}, quiet, quiet)).isEqualTo(2);
    }
}
