package org.switchboard.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;

class OutboxEntryTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final OutboxEntry entry = new OutboxEntry(1L, 2L, new ConversationRef(Channel.SLACK, "T1/C1/1.2",
            Map.of("channel", "C1")), "Your card is on its way.", T0);

    @Test
    void aFreshEntryHasNoUnconfirmedAttempt() {
        assertThat(entry.getUnconfirmedSince()).isNull();
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aClaimedAttemptCountsAsPossiblyDeliveredUntilItsOutcomeIsKnown() {
        entry.claim(T0.plusSeconds(1));
        assertThat(entry.getUnconfirmedSince()).isEqualTo(T0.plusSeconds(1));

        entry.recordFailure("TimeoutException", T0.plusSeconds(3), true);
        assertThat(entry.getUnconfirmedSince()).as("a timeout may have posted it").isEqualTo(T0.plusSeconds(1));

        entry.claim(T0.plusSeconds(3));
        assertThat(entry.getUnconfirmedSince()).as("the first unknown attempt is kept").isEqualTo(T0.plusSeconds(1));

        entry.markDelivered("1700000000.000100", T0.plusSeconds(4));
        assertThat(entry.getUnconfirmedSince()).isNull();
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(entry.getAttempts()).isEqualTo(1);
    }

    @Test
    void aFailureKnownNotToHavePostedClearsTheDoubt() {
        entry.claim(T0);
        entry.recordFailure("Slack rate limited chat.postMessage (HTTP 429)", T0.plusSeconds(2), false);
        assertThat(entry.getUnconfirmedSince()).isNull();
        assertThat(entry.getAttempts()).isEqualTo(1);
    }

    @Test
    void aCallRefusedByAnOpenCircuitBreakerIsNoAttemptAndKeepsAnEarlierDoubt() {
        entry.claim(T0);
        entry.recordFailure("TimeoutException", T0.plusSeconds(2), true);
        entry.claim(T0.plusSeconds(2));

        entry.defer("CircuitBreakerOpenException", T0.plusSeconds(7), T0);

        assertThat(entry.getAttempts()).as("only the timed-out call counts").isEqualTo(1);
        assertThat(entry.getUnconfirmedSince()).as("the timed-out call may still have posted it").isEqualTo(T0);
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aDeferralOfAnEntryWithoutDoubtLeavesNone() {
        entry.claim(T0);
        entry.defer("BulkheadException", T0.plusSeconds(5), null);
        assertThat(entry.getUnconfirmedSince()).as("nothing was sent").isNull();
        assertThat(entry.getAttempts()).isZero();
    }
}
