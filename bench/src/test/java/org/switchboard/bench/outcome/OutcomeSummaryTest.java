package org.switchboard.bench.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The replays' closing lines: one per outcome, suppressions counted per kind of reason. */
class OutcomeSummaryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

    private static BotOutcome outcome(String outcome, String reason, String ticket) {
        return new BotOutcome("<id-" + Math.random() + "@x>", outcome, reason, ticket, null, null);
    }

    @Test
    void eachOutcomeGetsALineAndSuppressionsAreCountedPerKindOfReason() {
        OutcomeSummary summary = new OutcomeSummary("deferred by the rate limit");
        summary.add(outcome("ANSWERED", null, null), NOW);
        summary.add(new BotOutcome("<d@x>", "ANSWERED", null, null, "PENDING", NOW.plusSeconds(3600)), NOW);
        summary.add(outcome("ESCALATED", null, "#1001"), NOW);
        summary.add(outcome("DECLINED", null, null), NOW);
        summary.add(outcome("SUPPRESSED", "RFC 3464 delivery status report (bounce)", null), NOW);
        summary.add(outcome("SUPPRESSED", "RFC 3464 delivery status report (bounce)", null), NOW);
        summary.add(outcome("SUPPRESSED", "RFC 3834 Auto-Submitted: auto-replied", null), NOW);
        summary.add(outcome("SUPPRESSED", "rate limit: dana@example.org got 5 automatic replies in 24 h", null), NOW);
        summary.add(outcome("SUPPRESSED", "mailing list header List-Id", null), NOW);

        assertThat(summary.lines()).containsExactly(
                "answered: 2",
                "escalated with ticket: 1 (#1001)",
                "declined: 1",
                "suppressed: 5 (bounce (RFC 3464 delivery status report): 2, RFC 3834 auto-reply (Auto-Submitted): 1,"
                        + " mailing list (List-* headers): 1, rate limit (automatic replies per sender): 1)",
                "deferred by the rate limit: 1 (replies queued until later)");
    }

    @Test
    void pendingAndFailedMessagesAreShownOnlyWhenThereAreSome() {
        OutcomeSummary summary = new OutcomeSummary("deferred");
        summary.add(outcome("PENDING", null, null), NOW);
        summary.add(outcome("FAILED", "database down", null), NOW);
        assertThat(summary.lines()).containsExactly("answered: 0", "escalated with ticket: 0", "declined: 0",
                "suppressed: 0", "pending (not processed yet): 1", "failed: 1");
    }

    @Test
    void reasonsAreGroupedWithoutTheirDetails() {
        assertThat(SuppressionReasons.kind("auto-reply header X-Autoreply: yes"))
                .isEqualTo("auto-reply header (X-Autoreply, X-Autorespond, ...)");
        assertThat(SuppressionReasons.kind("Precedence: bulk")).isEqualTo("bulk mail (Precedence)");
        assertThat(SuppressionReasons.kind("robot sender mailer-daemon@example.org"))
                .isEqualTo("robot sender (mailer-daemon, postmaster, no-reply)");
        assertThat(SuppressionReasons.kind("conversation WAITING_FOR_HUMAN: a person answers"))
                .isEqualTo("a person is handling the conversation");
        assertThat(SuppressionReasons.kind("malformed message, flagged for a human: no headers"))
                .isEqualTo("malformed message, flagged for a human");
        assertThat(SuppressionReasons.kind("something new: with details")).isEqualTo("something new");
        assertThat(SuppressionReasons.kind(null)).isEqualTo("(no reason given)");
    }

    @Test
    void anOutcomeDescribesItselfOnOneLine() {
        assertThat(outcome("ESCALATED", null, "#1002").describe(false)).isEqualTo("ESCALATED with ticket #1002");
        String longReason = "RFC 3834 Auto-Submitted: " + "x".repeat(300);
        assertThat(outcome("SUPPRESSED", longReason, null).describe(false)).hasSize("SUPPRESSED: ".length() + 123)
                .endsWith("...");
        assertThat(outcome("SUPPRESSED", longReason, null).describe(true)).isEqualTo("SUPPRESSED: " + longReason);
        assertThat(TextCut.cut("line one\n\n  line two", -1)).isEqualTo("line one line two");
    }
}
