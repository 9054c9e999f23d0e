package org.switchboard.bench.replay;

import org.junit.jupiter.api.Test;
import org.switchboard.bench.slackapi.CapturedMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyExpectationTest {

    private static CapturedMessage reply(String channel, String threadTs) {
        return new CapturedMessage(channel, threadTs, "answer", "xoxb-t", Instant.now(), Map.of(), "1.000100");
    }

    private static ReplyExpectation expectationFor(String file) throws IOException {
        return ReplyExpectation.of(PayloadLoader.load(SlackFixtures.resolve("customer-messages/" + file)));
    }

    @Test
    void channelMessageIsAnsweredInItsOwnThread() throws IOException {
        ReplyExpectation expectation = expectationFor("msg-000-channel-passcode_forgotten.json");

        assertThat(expectation.matches(reply("C111", "1606810819.000800"))).isTrue();
        assertThat(expectation.matches(reply("C111", null))).isFalse();
        assertThat(expectation.matches(reply("C111", "1606810819.000900"))).isFalse();
        assertThat(expectation.matches(reply("C222", "1606810819.000800"))).isFalse();
    }

    @Test
    void threadReplyIsAnsweredInThatThread() throws IOException {
        ReplyExpectation expectation = expectationFor("msg-003-thread-card_payment_wrong_exchange_rate.json");

        assertThat(expectation.matches(reply("C111", "1606811050.000800"))).isTrue();
        assertThat(expectation.matches(reply("C111", "1606811110.000800"))).isFalse();
    }

    @Test
    void mentionIsAnsweredInItsThread() throws IOException {
        ReplyExpectation expectation = expectationFor("msg-002-mention-transaction_charged_twice.json");

        assertThat(expectation.matches(reply("C111", "1595926424.009600"))).isTrue();
        assertThat(expectation.matches(reply("C111", null))).isFalse();
    }

    @Test
    void directMessageIsAnsweredUnthreadedOrInThread() throws IOException {
        ReplyExpectation expectation = expectationFor("msg-001-im-why_verify_identity.json");

        assertThat(expectation.directMessage()).isTrue();
        assertThat(expectation.matches(reply("D111", null))).isTrue();
        assertThat(expectation.matches(reply("D111", "1606810916.000800"))).isTrue();
        assertThat(expectation.matches(reply("D111", "1.000000"))).isFalse();
        assertThat(expectation.matches(reply("C111", null))).isFalse();
    }
}
