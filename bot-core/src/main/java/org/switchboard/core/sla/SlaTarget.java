package org.switchboard.core.sla;

/** The two targets of a ticket and the columns of table {@code tickets} that hold their state. */
public enum SlaTarget {
    /** A person answers for the first time. */
    FIRST_RESPONSE("first response", "first_response_due_at", "first_response_warned_at", "first_response_breached_at",
            " AND first_response_at IS NULL",
            "(first_response_at IS NULL AND status <> 'CLOSED' OR first_response_at > first_response_due_at)"),
    /** The ticket is closed. */
    RESOLUTION("resolution", "resolution_due_at", "resolution_warned_at", "resolution_breached_at", "",
            "status <> 'CLOSED'");

    private final String words;
    private final String dueColumn;
    private final String warnedColumn;
    private final String breachedColumn;
    private final String unmetCondition;
    private final String breachCondition;

    SlaTarget(String words, String dueColumn, String warnedColumn, String breachedColumn, String unmetCondition,
              String breachCondition) {
        this.words = words;
        this.dueColumn = dueColumn;
        this.warnedColumn = warnedColumn;
        this.breachedColumn = breachedColumn;
        this.unmetCondition = unmetCondition;
        this.breachCondition = breachCondition;
    }

    /** @return the target in words, e.g. {@code first response} */
    public String words() {
        return words;
    }

    String dueColumn() {
        return dueColumn;
    }

    String warnedColumn() {
        return warnedColumn;
    }

    String breachedColumn() {
        return breachedColumn;
    }

    /** @return SQL appended to a WHERE clause: the target is not met yet */
    String unmetCondition() {
        return unmetCondition;
    }

    /** @return SQL condition: passed its due time without being met */
    String breachCondition() {
        return breachCondition;
    }

    /**
     * @param now the parameter holding the current time
     * @return SQL for when the breach happened: a late first response's own time, otherwise now
     */
    String breachTime(String now) {
        return this == FIRST_RESPONSE ? "COALESCE(first_response_at, " + now + ")" : now;
    }
}
