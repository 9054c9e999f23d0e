package org.switchboard.slack.choice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.slack.events.SlackMessage;
import org.switchboard.slack.events.SlackMessageNormalizer;

class ChoiceClicksTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Test
    void aClickInAThreadIsTheCustomersNextMessageInThatThreadsConversation() {
        BlockActionPayload payload = GSON.fromJson("""
                {"type":"block_actions","team":{"id":"T111"},"user":{"id":"U42","team_id":"T111"},
                 "channel":{"id":"C111"},
                 "container":{"type":"message","message_ts":"1700000001.000200","channel_id":"C111",
                              "thread_ts":"1700000000.000100"},
                 "actions":[{"action_id":"knowledge_choice_2","block_id":"knowledge_choices","type":"button",
                             "value":"Replace a card & more","action_ts":"1700000005.123456",
                             "text":{"type":"plain_text","text":"Replace a card & more"}}]}
                """, BlockActionPayload.class);

        SlackMessage message = ChoiceClicks.toMessage(payload, "payload=...").orElseThrow();
        InboundMessage inbound = SlackMessageNormalizer.normalize(message, Instant.EPOCH).message();

        assertThat(inbound.text()).isEqualTo("Replace a card & more");
        assertThat(inbound.conversation().key()).isEqualTo("T111/C111/1700000000.000100");
        assertThat(inbound.conversation().attribute(SlackMessageNormalizer.THREAD_TS)).isEqualTo("1700000000.000100");
        assertThat(inbound.sender().externalId()).isEqualTo("T111:U42");
        assertThat(inbound.id().value()).isEqualTo("choice-1700000005.123456-U42");
    }

    @Test
    void aClickInADirectMessageBelongsToThatPersonsConversation() {
        BlockActionPayload payload = GSON.fromJson("""
                {"type":"block_actions","user":{"id":"U42","team_id":"T111"},
                 "container":{"type":"message","message_ts":"1700000001.000200","channel_id":"D0DM"},
                 "actions":[{"action_id":"knowledge_choice_1","value":"Lock your card","action_ts":"1700000005.1"}]}
                """, BlockActionPayload.class);

        InboundMessage inbound = SlackMessageNormalizer.normalize(ChoiceClicks.toMessage(payload, "").orElseThrow(),
                Instant.EPOCH).message();

        assertThat(inbound.conversation().key()).isEqualTo("T111/D0DM/U42");
    }

    @Test
    void aClickOnAnotherButtonOrWithoutUserIsNotAMessage() {
        BlockActionPayload approval = GSON.fromJson("""
                {"type":"block_actions","user":{"id":"U42"},"channel":{"id":"C1"},
                 "actions":[{"action_id":"approval_approve","value":"7","action_ts":"1.2"}]}
                """, BlockActionPayload.class);
        BlockActionPayload anonymous = GSON.fromJson("""
                {"type":"block_actions","channel":{"id":"C1"},
                 "actions":[{"action_id":"knowledge_choice_1","value":"Lock","action_ts":"1.2"}]}
                """, BlockActionPayload.class);

        assertThat(ChoiceClicks.toMessage(approval, "")).isEmpty();
        assertThat(ChoiceClicks.toMessage(anonymous, "")).isEmpty();
    }
}
