package org.switchboard.email.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.email.support.TestDatabase;

/**
 * Rate limits over the real {@code email_auto_replies} ledger: one automatic reply per sender address per period
 * (5 min here) across conversations, a daily cap (3 here) per address.
 */
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
    void aSecondConversationOfTheSameSenderInsideThePeriodIsDeferredToTheEndOfThePeriod() {
        ReplyRateLimiter limiter = new ReplyRateLimiter(ledger, Duration.ofMinutes(5), 40);
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0)).isEqualTo(RateDecision.ALLOWED);

        // a new question one minute later, the address spelt differently: not sent inside the period
        RateDecision second = limiter.check("<m2@x>", "Ann@Example.ORG", "<c2@x>", T0.plusSeconds(60));
        assertThat(second.allowed()).isTrue();
        assertThat(second.deferred()).isTrue();
        assertThat(second.notBefore()).contains(T0.plusSeconds(300));
        assertThat(second.reason()).hasValueSatisfying(r -> assertThat(r)
                .contains("rate limit", "ann@example.org", "another conversation", "300 s", "deferred until "
                        + T0.plusSeconds(300)));

        // a third question queues behind the second: one reply per period, never two in one period
        assertThat(limiter.check("<m3@x>", "ann@example.org", "<c3@x>", T0.plusSeconds(90)).notBefore())
                .contains(T0.plusSeconds(600));
        assertThat(db.count("SELECT COUNT(*) FROM email_auto_replies WHERE address = 'ann@example.org'"))
                .as("deferred replies hold their slot in the ledger").isEqualTo(3);

        // once the booked slots are a period in the past, the next question is answered at once
        assertThat(limiter.check("<m4@x>", "ann@example.org", "<c4@x>", T0.plusSeconds(900)))
                .isEqualTo(RateDecision.ALLOWED);
    }

    @Test
    void aSecondMessageInTheSameConversationInsideThePeriodIsRefusedAndFlaggedForAHuman() {
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0).allowed()).isTrue();
        RateDecision second = limiter.check("<m2@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(60));
        assertThat(second.allowed()).isFalse();
        assertThat(second.notBefore()).isEmpty();
        assertThat(second.reason()).hasValueSatisfying(r -> assertThat(r)
                .contains("rate limit", "ann@example.org", "this conversation", "300 s", "flagged for a human"));
        // the same conversation after the period is answered
        assertThat(limiter.check("<m3@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(301)))
                .isEqualTo(RateDecision.ALLOWED);
    }

    @Test
    void otherSendersAreNotAffected() {
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0)).isEqualTo(RateDecision.ALLOWED);
        assertThat(limiter.check("<m2@x>", "ann@example.org", "<c2@x>", T0.plusSeconds(1)).deferred()).isTrue();
        assertThat(limiter.check("<m3@x>", "bob@example.org", "<c3@x>", T0.plusSeconds(2)))
                .isEqualTo(RateDecision.ALLOWED);
        // even in a conversation Ann is in
        assertThat(limiter.check("<m4@x>", "carol@example.org", "<c1@x>", T0.plusSeconds(3)))
                .isEqualTo(RateDecision.ALLOWED);
    }

    @Test
    void theDailyCapCountsEveryConversationOfTheAddressOverTwentyFourHours() {
        assertThat(limiter.check("<a@x>", "bot@example.net", "<c1@x>", T0).allowed()).isTrue();
        assertThat(limiter.check("<b@x>", "bot@example.net", "<c2@x>", T0.plusSeconds(600))).isEqualTo(RateDecision.ALLOWED);
        assertThat(limiter.check("<c@x>", "bot@example.net", "<c3@x>", T0.plusSeconds(1200))).isEqualTo(RateDecision.ALLOWED);
        RateDecision fourth = limiter.check("<d@x>", "bot@example.net", "<c4@x>", T0.plusSeconds(1800));
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.reason()).hasValueSatisfying(r -> assertThat(r).contains("3 automatic replies in 24 h",
                "cap 3", "flagged for a human"));
        assertThat(limiter.check("<e@x>", "bot@example.net", "<c5@x>", T0.plus(Duration.ofHours(24)).plusSeconds(1))
                .allowed()).isTrue();
    }

    @Test
    void deferredRepliesCountAgainstTheDailyCap() {
        assertThat(limiter.check("<a@x>", "bot@example.net", "<c1@x>", T0)).isEqualTo(RateDecision.ALLOWED);
        assertThat(limiter.check("<b@x>", "bot@example.net", "<c2@x>", T0.plusSeconds(1)).notBefore())
                .contains(T0.plusSeconds(300));
        assertThat(limiter.check("<c@x>", "bot@example.net", "<c3@x>", T0.plusSeconds(2)).notBefore())
                .contains(T0.plusSeconds(600));
        RateDecision fourth = limiter.check("<d@x>", "bot@example.net", "<c4@x>", T0.plusSeconds(3));
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.reason()).hasValueSatisfying(r -> assertThat(r).contains("cap 3"));
    }

    @Test
    void noReplyIsDeferredMoreThanADay() {
        ReplyRateLimiter hourly = new ReplyRateLimiter(ledger, Duration.ofHours(1), 1000);
        for (int i = 0; i <= 24; i++) {
            assertThat(hourly.check("<h" + i + "@x>", "ann@example.org", "<c" + i + "@x>", T0.plusSeconds(i))
                    .allowed()).as("message %d", i).isTrue();
        }
        RateDecision tooFar = hourly.check("<h25@x>", "ann@example.org", "<c25@x>", T0.plusSeconds(25));
        assertThat(tooFar.allowed()).isFalse();
        assertThat(tooFar.reason()).hasValueSatisfying(r -> assertThat(r).contains("booked until",
                "flagged for a human"));
    }

    @Test
    void aMessageFetchedAgainKeepsItsDecisionAndIsCountedOnce() {
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0).allowed()).isTrue();
        assertThat(limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(10)))
                .isEqualTo(RateDecision.ALLOWED);
        RateDecision deferred = limiter.check("<m2@x>", "ann@example.org", "<c2@x>", T0.plusSeconds(20));
        assertThat(limiter.check("<m2@x>", "ann@example.org", "<c2@x>", T0.plusSeconds(30)).notBefore())
                .isEqualTo(deferred.notBefore()).contains(T0.plusSeconds(300));
        assertThat(db.count("SELECT COUNT(*) FROM email_auto_replies")).isEqualTo(2);
    }

    @Test
    void refusedMessagesAreNotCounted() {
        limiter.check("<m1@x>", "ann@example.org", "<c1@x>", T0);
        limiter.check("<m2@x>", "ann@example.org", "<c1@x>", T0.plusSeconds(1));
        assertThat(ledger.countForAddress("ann@example.org", T0.minusSeconds(1))).isEqualTo(1);
    }
}
