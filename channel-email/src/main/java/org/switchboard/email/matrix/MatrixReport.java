package org.switchboard.email.matrix;

import java.util.List;

/**
 * The result of one suppression-matrix run.
 *
 * @param rows    every evaluated message, in index order
 * @param skipped rows not evaluated: {@code reply} fragments (bodies for the quote stripper, not messages)
 */
public record MatrixReport(List<MatrixRow> rows, int skipped) {

    /** Copies the rows. */
    public MatrixReport {
        rows = List.copyOf(rows);
    }

    /** @return how many messages the bot would answer */
    public long answered() {
        return rows.stream().filter(r -> r.actual() == MatrixRow.Decision.ANSWERED).count();
    }

    /** @return how many messages the bot would store without a reply */
    public long suppressed() {
        return rows.stream().filter(r -> r.actual() == MatrixRow.Decision.SUPPRESSED).count();
    }

    /** @return how many decisions differ from the rule */
    public long wrong() {
        return rows.stream().filter(r -> !r.correct()).count();
    }

    /** @return the closing line: {@code answered A, suppressed S, wrong W} */
    public String summary() {
        return "answered " + answered() + ", suppressed " + suppressed() + ", wrong " + wrong();
    }
}
