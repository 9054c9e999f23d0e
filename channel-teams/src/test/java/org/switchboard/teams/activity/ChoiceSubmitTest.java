package org.switchboard.teams.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.InboundMessage;

/** The click on a clarifying question's option (an Adaptive Card {@code Action.Submit}) is the customer's next message. */
class ChoiceSubmitTest {

    private static final String SUBMIT = """
            {"type":"message","id":"1759944790001","replyToId":"1759944789000","channelId":"msteams",
             "serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:1abc","name":"Megan","aadObjectId":"c5e99701-2a32-49c1-a660-4629ceeb8c61"},
             "recipient":{"id":"28:bot","name":"Switchboard"},
             "conversation":{"id":"a:1personal","conversationType":"personal","tenantId":"t-1"},
             "value":{"knowledgeChoice":2,"label":"Cards > Virtual: getting started"}}
            """;

    @Test
    void theSubmittedOptionsLabelIsTheMessageText() {
        Activity activity = ActivityJson.parse(SUBMIT).orElseThrow();

        InboundMessage m = ((TeamsActivity.CustomerMessage) ActivityNormalizer.normalize(activity, SUBMIT, Instant.EPOCH))
                .message();

        assertThat(m.text()).isEqualTo("Cards > Virtual: getting started");
        assertThat(m.conversation().key()).isEqualTo("a:1personal");
        assertThat(m.sender().externalId()).isEqualTo("t-1:c5e99701-2a32-49c1-a660-4629ceeb8c61");
    }

    @Test
    void anotherValueWithoutTextStaysAnEmptyMessage() {
        String other = SUBMIT.replace("\"knowledgeChoice\":2,", "\"something\":1,");
        Activity activity = ActivityJson.parse(other).orElseThrow();

        InboundMessage m = ((TeamsActivity.CustomerMessage) ActivityNormalizer.normalize(activity, other, Instant.EPOCH))
                .message();

        assertThat(m.text()).isEmpty();
    }
}
