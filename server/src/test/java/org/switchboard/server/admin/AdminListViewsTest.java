package org.switchboard.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console lists' names and previews, and the outcome of a stored message. */
class AdminListViewsTest {

    @Test
    void aCustomerIsNamedByTheChannelsNameElseTheirAddressOrUserId() {
        assertThat(CustomerNames.display("TEAMS", "Dana Scully", null, "tenant-1:aad-2")).isEqualTo("Dana Scully");
        assertThat(CustomerNames.display("EMAIL", "Dana Scully", null, "dana@example.org")).isEqualTo("Dana Scully");
        assertThat(CustomerNames.display("EMAIL", null, null, "dana@example.org")).isEqualTo("dana@example.org");
        assertThat(CustomerNames.display("SLACK", null, null, "T0001:U0123ABC")).isEqualTo("U0123ABC");
        assertThat(CustomerNames.display("SLACK", "  ", "Dana from the sample data", "T0001:U0123ABC"))
                .isEqualTo("Dana from the sample data");
        assertThat(CustomerNames.display("TEAMS", null, null, "-:29:1abc")).isEqualTo("29:1abc");
        assertThat(CustomerNames.display(null, null, null, null)).isNull();
        assertThat(CustomerNames.display("EMAIL", "Line\nbreak\u0007 name", null, "x@y.z")).isEqualTo("Line break name");
    }

    @Test
    void aPreviewIsOneLineCutWithAnEllipsis() {
        assertThat(MessagePreview.of("Hello,\r\n\r\nmy card\tis blocked.  ")).isEqualTo("Hello, my card is blocked.");
        assertThat(MessagePreview.of("   ")).isNull();
        assertThat(MessagePreview.of(null)).isNull();
        String preview = MessagePreview.of("x".repeat(500));
        assertThat(preview).hasSize(MessagePreview.MAX_CHARS + 1).endsWith("…");
        String emoji = "a".repeat(MessagePreview.MAX_CHARS - 1) + "\uD83D\uDE00 tail";
        assertThat(MessagePreview.of(emoji)).isEqualTo("a".repeat(MessagePreview.MAX_CHARS - 1) + "…");
    }

    @Test
    void theOutcomeOfAMessageFollowsWhatItsTurnWrote() {
        String ticketCall = "call open_ticket {\"subject\":\"x\"}\nok: Ticket #1001 opened\n"
                + "data: {\"ticketId\":1001,\"ticketNumber\":\"#1001\",\"status\":\"OPEN\"}";
        assertThat(MessageOutcome.classify("PENDING", null, null, null)).isEqualTo(MessageOutcome.PENDING);
        assertThat(MessageOutcome.classify("FAILED", null, null, null)).isEqualTo(MessageOutcome.FAILED);
        assertThat(MessageOutcome.classify("DONE", "RFC 3834 Auto-Submitted: auto-replied", null, null))
                .isEqualTo(MessageOutcome.SUPPRESSED);
        assertThat(MessageOutcome.classify("DONE", null, "input-guard", null)).isEqualTo(MessageOutcome.DECLINED);
        assertThat(MessageOutcome.classify("DONE", null, "human-handoff", ticketCall)).isEqualTo(MessageOutcome.ESCALATED);
        assertThat(MessageOutcome.ticketNumber(ticketCall)).isEqualTo("#1001");
        assertThat(MessageOutcome.classify("DONE", null, "triage", null)).isEqualTo(MessageOutcome.ANSWERED);
        String failedCall = "call open_ticket {}\nerror: the ticket plugin is disabled";
        assertThat(MessageOutcome.classify("DONE", null, "triage", failedCall)).isEqualTo(MessageOutcome.ANSWERED);
        assertThat(MessageOutcome.ticketNumber(failedCall)).isNull();
    }
}
