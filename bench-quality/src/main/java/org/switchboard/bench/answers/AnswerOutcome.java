package org.switchboard.bench.answers;

/** How one reply to a labelled message is scored by the article it cites. */
public enum AnswerOutcome {
    /** It quotes an article among the row's labels. */
    CORRECT,
    /** It quotes an article that is not among the row's labels. */
    WRONG,
    /** It asks which of two or three articles the customer means. */
    CLARIFY,
    /** It says "I don't know" and no customer-facing article answers the message: right. */
    IDK_RIGHT,
    /** It says "I don't know" although a customer-facing article answers the message. */
    IDK_MISSED
}
