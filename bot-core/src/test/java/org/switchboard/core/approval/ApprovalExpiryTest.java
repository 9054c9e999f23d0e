package org.switchboard.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Reading {@code switchboard.approvals.expiry}. */
class ApprovalExpiryTest {

    @Test
    void anIsoDurationIsUsedAndAnythingElseFallsBackToSevenDays() {
        Logger log = Logger.getLogger(ApprovalService.class.getName());
        Level previous = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            assertThat(ApprovalService.expiry("P7D")).isEqualTo(Duration.ofDays(7));
            assertThat(ApprovalService.expiry(" PT48H ")).isEqualTo(Duration.ofHours(48));
            assertThat(ApprovalService.expiry("a week")).isEqualTo(Duration.ofDays(7));
            assertThat(ApprovalService.expiry("PT0S")).isEqualTo(Duration.ofDays(7));
            assertThat(ApprovalService.expiry("-P1D")).isEqualTo(Duration.ofDays(7));
        } finally {
            log.setLevel(previous);
        }
    }
}
