package org.switchboard.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ApprovalNotices}: what a click carries is kept within the audit columns. */
class ApprovalNoticesTest {

    @Test
    void longOrMissingValuesAreShortenedForTheAuditTrail() {
        assertThat(ApprovalNotices.shorten("42")).isEqualTo("42");
        assertThat(ApprovalNotices.shorten(null)).isEqualTo("?");
        assertThat(ApprovalNotices.shorten("9".repeat(2000))).hasSize(61).endsWith("…");
    }
}
