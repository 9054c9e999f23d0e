package org.switchboard.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationRefCodecTest {

    @Test
    void roundTripsASlackThreadReference() {
        ConversationRef ref = new ConversationRef(Channel.SLACK, "T1/C1/1712345678.000100",
                Map.of("team", "T1", "channel", "C1", "thread_ts", "1712345678.000100"));

        assertThat(ConversationRefCodec.fromJson(ConversationRefCodec.toJson(ref))).isEqualTo(ref);
    }

    @Test
    void roundTripsUnicodeQuotesAndEscapesInKeyAndAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("subject", "Réclamation — carte bloquée 💳 “urgent”");
        attributes.put("quote\"d", "back\\slash/and\"quote\ttab\nnewline");
        attributes.put("日本語", "こんにちは");
        attributes.put("empty", "");
        ConversationRef ref = new ConversationRef(Channel.EMAIL, "<Ünïcødé-💳@mail.example.com>", attributes);

        ConversationRef decoded = ConversationRefCodec.fromJson(ConversationRefCodec.toJson(ref));

        assertThat(decoded).isEqualTo(ref);
        assertThat(decoded.attribute("日本語")).isEqualTo("こんにちは");
        assertThat(decoded.attribute("empty")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void roundTripsEveryChannelWithoutAttributes(Channel channel) {
        ConversationRef ref = new ConversationRef(channel, "key-1", Map.of());

        ConversationRef decoded = ConversationRefCodec.fromJson(ConversationRefCodec.toJson(ref));

        assertThat(decoded).isEqualTo(ref);
        assertThat(decoded.attributes()).isEmpty();
    }

    @Test
    void writesTheDocumentedShape() {
        ConversationRef ref = new ConversationRef(Channel.SLACK, "T1/C1", Map.of("team", "T1", "channel", "C1"));

        JsonObject json = Json.createReader(new StringReader(ConversationRefCodec.toJson(ref))).readObject();

        assertThat(json).isEqualTo(Json.createObjectBuilder()
                .add("channel", "SLACK")
                .add("key", "T1/C1")
                .add("attributes", Json.createObjectBuilder().add("channel", "C1").add("team", "T1"))
                .build());
    }

    @Test
    void writesEmptyAttributesAsAnEmptyObject() {
        String json = ConversationRefCodec.toJson(new ConversationRef(Channel.TEAMS, "19:abc@thread.v2", null));

        assertThat(Json.createReader(new StringReader(json)).readObject().getJsonObject("attributes")).isEmpty();
    }

    @Test
    void readsAttributesInAnyOrderAndIgnoresNonStringValues() {
        ConversationRef ref = ConversationRefCodec.fromJson(
                "{\"attributes\":{\"b\":\"2\",\"n\":5,\"x\":null,\"o\":{},\"a\":\"1\"},\"key\":\"k\",\"channel\":\"TEAMS\"}");

        assertThat(ref).isEqualTo(new ConversationRef(Channel.TEAMS, "k", Map.of("a", "1", "b", "2")));
    }

    @Test
    void rejectsAnUnknownChannel() {
        assertThatThrownBy(() -> ConversationRefCodec.fromJson("{\"channel\":\"FAX\",\"key\":\"k\",\"attributes\":{}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABlankKey() {
        assertThatThrownBy(() -> ConversationRefCodec.fromJson("{\"channel\":\"SLACK\",\"key\":\" \",\"attributes\":{}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> ConversationRefCodec.fromJson("not json")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> ConversationRefCodec.fromJson("[1,2]")).isInstanceOf(JsonException.class);
    }
}
