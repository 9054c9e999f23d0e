package org.switchboard.teams.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.Test;

/**
 * The text the pipeline sees (and ticket subjects and transcripts show) is the customer's words without Teams
 * mention markup: {@code <at>} tags and their {@code mention} entities.
 */
class MentionTextTest {

    private static final String BOT = "{\"id\": \"28:switchboard-app\", \"name\": \"Switchboard\"}";

    private static String textOf(String text, String entities) {
        String body = """
                {"type": "message", "id": "1", "serviceUrl": "https://smba.example.test/",
                 "conversation": {"id": "19:abc@thread.tacv2"}, "from": {"id": "29:dana", "name": "Dana"},
                 "recipient": %s, "text": %s, "entities": %s}
                """.formatted(BOT, quote(text), entities);
        Activity activity = ActivityJson.parse(body).orElseThrow();
        return ActivityNormalizer.text(activity);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void theBotsMentionEntityIsRemovedWithTheSpacesAroundIt() {
        String entities = "[{\"type\": \"mention\", \"mentioned\": " + BOT + ", \"text\": \"<at>Switchboard</at>\"}]";
        assertThat(textOf("<at>Switchboard</at> My card isn't working", entities)).isEqualTo("My card isn't working");
        assertThat(textOf("hi <at>Switchboard</at>, my card isn't working", entities))
                .isEqualTo("hi, my card isn't working");
        assertThat(textOf("my card <at>Switchboard</at>  is blocked", entities)).isEqualTo("my card is blocked");
    }

    @Test
    void theBotsNameInAnAtTagIsRemovedEvenWithoutAMentionEntity() {
        assertThat(textOf("<at>Switchboard</at> where is my order?", "[]")).isEqualTo("where is my order?");
        assertThat(textOf("<at>@switchboard</at> where is my order?", "[]")).isEqualTo("where is my order?");
    }

    @Test
    void otherPeopleKeepTheirNameWithTheEntitiesOfTheirNameDecoded() {
        String entities = "[{\"type\": \"mention\", \"mentioned\": {\"id\": \"29:sean\", \"name\": \"Sean O'Brien\"},"
                + " \"text\": \"<at>Sean O&#39;Brien</at>\"}]";
        assertThat(textOf("ask <at>Sean O&#39;Brien</at> &amp; me", entities)).isEqualTo("ask Sean O'Brien &amp; me");
    }

    @Test
    void aMessageMadeOnlyOfTheBotsMentionIsEmpty() {
        String entities = "[{\"type\": \"mention\", \"mentioned\": " + BOT + ", \"text\": \"<at>Switchboard</at>\"}]";
        assertThat(textOf("<at>Switchboard</at>", entities)).isEmpty();
    }
}
