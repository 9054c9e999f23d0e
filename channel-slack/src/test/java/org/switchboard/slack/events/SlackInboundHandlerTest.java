package org.switchboard.slack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link SlackInboundHandler}: normalize, then store in the inbox or say why not. */
class SlackInboundHandlerTest {

    private final RecordingInbox inbox = new RecordingInbox();
    private final SlackInboundHandler handler = inbox.handler();
    private final SlackMessage customer =
            SlackMessages.fromFixture("customer-messages/msg-004-channel-card_arrival.json");

    @Test
    void aCustomerMessageIsStoredOnceWithTheTimeItArrived() {
        assertThat(handler.handle(customer, null)).isEqualTo("accepted");
        assertThat(inbox.stored).singleElement().satisfies(m -> {
            assertThat(m.id().value()).isEqualTo(customer.eventId());
            assertThat(m.receivedAt()).isEqualTo(RecordingInbox.NOW);
            assertThat(m.rawPayload()).isEqualTo(customer.rawBody());
        });
    }

    @Test
    void slacksRetriesOfTheSameEventAreReportedAsDuplicates() {
        handler.handle(customer, null);
        assertThat(handler.handle(customer, 1)).isEqualTo("duplicate");
        assertThat(handler.handle(customer, 2)).isEqualTo("duplicate");
        assertThat(inbox.stored).hasSize(1);
    }

    @Test
    void anIgnoredEventIsNotStoredAndTheReasonIsReturned() {
        SlackMessage bot = SlackMessages.fromFixture("events/message-bot_message/test_message_bot-L173.json");
        assertThat(handler.handle(bot, null)).isEqualTo("ignored: bot message");
        assertThat(inbox.stored).isEmpty();
    }

    @Test
    void anInboxFailureReachesTheCallerSoSlackGetsA500AndRetries() {
        inbox.failure = new IllegalStateException("database down");
        assertThatThrownBy(() -> handler.handle(customer, null)).hasMessage("database down");
        assertThat(inbox.stored).isEmpty();
    }
}
