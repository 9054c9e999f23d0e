package org.switchboard.bench.answers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Running totals of scored replies and the figures derived from them.
 *
 * <p>Answer precision = correct / answered (correct + wrong); answerable recall = correct / the rows a
 * customer-facing article answers; clarifying questions are counted apart, with how many offered a right article.
 */
public final class AnswerScore {

    private int correct;
    private int wrong;
    private int clarify;
    private int clarifyRight;
    private int idkRight;
    private int idkMissed;
    private int answerable;
    private int total;

    /**
     * Scores one reply.
     *
     * @param cited      the ids of the articles the reply quotes or offers, best first (empty: "I don't know")
     * @param labels     the row's answer ids (all of them, internal ones included)
     * @param answerable whether a customer-facing article is among the labels
     * @return the outcome
     */
    public AnswerOutcome add(List<String> cited, Set<String> labels, boolean answerable) {
        total++;
        if (answerable) {
            this.answerable++;
        }
        AnswerOutcome outcome;
        if (cited.isEmpty()) {
            outcome = answerable ? AnswerOutcome.IDK_MISSED : AnswerOutcome.IDK_RIGHT;
        } else if (cited.size() == 1) {
            outcome = labels.contains(cited.get(0)) ? AnswerOutcome.CORRECT : AnswerOutcome.WRONG;
        } else {
            outcome = AnswerOutcome.CLARIFY;
            if (cited.stream().anyMatch(labels::contains)) {
                clarifyRight++;
            }
        }
        switch (outcome) {
            case CORRECT -> correct++;
            case WRONG -> wrong++;
            case CLARIFY -> clarify++;
            case IDK_RIGHT -> idkRight++;
            case IDK_MISSED -> idkMissed++;
        }
        return outcome;
    }

    /** @return correct / answered, 0 when nothing was answered */
    public double precision() {
        int answered = correct + wrong;
        return answered == 0 ? 0 : (double) correct / answered;
    }

    /** @return correct / answerable rows, 0 when none is answerable */
    public double recall() {
        return answerable == 0 ? 0 : (double) correct / answerable;
    }

    /** @return the rows answered with a quote, right or wrong */
    public int answered() {
        return correct + wrong;
    }

    /** @return the wrong quotes */
    public int wrong() {
        return wrong;
    }

    /** @return the clarifying questions */
    public int clarify() {
        return clarify;
    }

    /** @return the clarifying questions that offered a right article */
    public int clarifyRight() {
        return clarifyRight;
    }

    /** @return the breakdown of all outcomes, one line */
    public String breakdown() {
        return String.format(Locale.ROOT, "%d messages (%d answerable from customer-facing articles): correct %d, "
                        + "wrong %d, clarify %d (right article offered in %d), I don't know rightly %d, missed %d",
                total, answerable, correct, wrong, clarify, clarifyRight, idkRight, idkMissed);
    }

    /** @return the headline: {@code answer precision P %, answerable recall R %, wrong W of A answered} */
    public String headline() {
        return String.format(Locale.ROOT, "answer precision %.1f %%, answerable recall %.1f %%, wrong %d of %d answered",
                100 * precision(), 100 * recall(), wrong, answered());
    }
}
