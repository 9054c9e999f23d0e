package org.switchboard.bench.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts what the bot did with the replayed messages and prints one line per outcome:
 * <pre>
 * answered: 40
 * escalated with ticket: 2 (#1001, #1002)
 * declined: 1
 * suppressed: 52 (bounce (RFC 3464 delivery status report): 30, RFC 3834 auto-reply (Auto-Submitted): 12, ...)
 * deferred by the rate limit: 3 (replies queued until later)
 * pending (not processed yet): 0
 * failed: 0
 * </pre>
 * The deferred, pending and failed lines are printed only when not zero. Not thread-safe.
 */
public final class OutcomeSummary {

    /** Ticket numbers listed on the escalation line before {@code ...}. */
    static final int TICKETS_LISTED = 10;

    private final String deferralLabel;
    private int answered;
    private int declined;
    private int pending;
    private int failed;
    private int deferred;
    private final List<String> tickets = new ArrayList<>();
    private final Map<String, Integer> suppressed = new LinkedHashMap<>();

    /**
     * @param deferralLabel how the report names replies queued for later, e.g. {@code deferred by the rate limit}
     */
    public OutcomeSummary(String deferralLabel) {
        this.deferralLabel = Objects.requireNonNull(deferralLabel, "deferralLabel");
    }

    /**
     * @param outcome one message's outcome
     * @param now     the current instant (to tell deferred replies)
     */
    public void add(BotOutcome outcome, Instant now) {
        switch (outcome.outcome()) {
            case "ANSWERED" -> answered++;
            case "ESCALATED" -> tickets.add(outcome.ticketNumber() == null ? "(no number)" : outcome.ticketNumber());
            case "DECLINED" -> declined++;
            case "SUPPRESSED" -> suppressed.merge(SuppressionReasons.kind(outcome.reason()), 1, Integer::sum);
            case "FAILED" -> failed++;
            default -> pending++;
        }
        if (outcome.deferred(now)) {
            deferred++;
        }
    }

    /** @return the summary lines, as described in the class documentation */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("answered: " + answered);
        String listed = String.join(", ", tickets.subList(0, Math.min(TICKETS_LISTED, tickets.size())))
                + (tickets.size() > TICKETS_LISTED ? ", ..." : "");
        lines.add("escalated with ticket: " + tickets.size() + (tickets.isEmpty() ? "" : " (" + listed + ")"));
        lines.add("declined: " + declined);
        int suppressedTotal = suppressed.values().stream().mapToInt(Integer::intValue).sum();
        List<String> reasons = suppressed.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        lines.add("suppressed: " + suppressedTotal + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")"));
        if (deferred > 0) {
            lines.add(deferralLabel + ": " + deferred + " (replies queued until later)");
        }
        if (pending > 0) {
            lines.add("pending (not processed yet): " + pending);
        }
        if (failed > 0) {
            lines.add("failed: " + failed);
        }
        return lines;
    }
}
