package org.switchboard.email.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.email.support.TestDatabase;

/** Rate limits over the real {@code email_auto_replies} ledger. */
class ReplyRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final ReplyLedger ledger = db.port(ReplyLedger.class, JpaReplyLedger::new);
    private final ReplyRateLimiter limiter = new ReplyRateLimiter(ledger, Duration.ofMinutes(5), 3);

    @BeforeEach
    void clean() {
        db.clean();
    }

    @Test
    void oneAutomaticReplyPerSenderAndConversationWithinThePeriod() {
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0).allowed()).isTrue();
        RateDecision second = limiter.check("<m2@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(60));
        assertThat(second.allowed()).isFalse();
        assertThat(second.reason()).hasValueSatisfying(r -> assertThat(r)
                .contains("rate limit", "ann@example.org", "300 s", "flagged for a human"));
        // another conversation of the same sender, and the same conversation after the period, are answered
        assertThat(limiter.check("<m3@x>", "ann@example.org", "<c2@x>", T0.plusSeconds(61)).allowed()).isTrue();
        assertThat(limiter.check("<m4@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(301)).allowed()).isTrue();
        // another sender in the same conversation is answered
        assertThat(limiter.check("<m5@x>", "bob@example.org", "<c1@x>", T0.plusSeconds(302)).allowed()).isTrue();
    }

    @Test
    void theDailyCapCountsEveryConversationOfTheAddressOverTwentyFourHours() {
        assertThat(limiter.check("<a@x>", "bot@example.net", "<c1@x>", T0).allowed()).isTrue();
        assertThat(limiter.check("<b@x>", "bot@example.net", "<c2@x>", T0.plusSeconds(1)).allowed()).isTrue();
        assertThat(limiter.check("<c@x>", "bot@example.net", "<c3@x>", T0.plusSeconds(2)).allowed()).isTrue();
        RateDecision fourth = limiter.check("<d@x>", "bot@example.net", "<c4@x>", T0.plusSeconds(3));
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.reason()).hasValueSatisfying(r -> assertThat(r).contains("3 automatic replies in 24 h"));
        assertThat(limiter.check("<e@x>", "bot@example.net", "<c5@x>", T0.plus(Duration.ofHours(24)).plusSeconds(1))
                .allowed()).isTrue();
    }

    @Test
    void aMessageFetchedAgainKeepsItsDecisionAndIsCountedOnce() {
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0).allowed()).isTrue();
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(10)).allowed()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM email_auto_replies")).isEqualTo(1);
    }

    @Test
    void refusedMessagesAreNotCounted() {
        limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0);
        limiter.check("<m2@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(1));
        assertThat(ledger.countForAddress("ann@example.org", T0.minusSeconds(1))).isEqualTo(1);
    }
}
