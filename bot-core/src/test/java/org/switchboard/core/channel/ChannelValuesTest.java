package org.switchboard.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelValuesTest {

    private static final ConversationRef SLACK_DM = new ConversationRef(Channel.SLACK, "T1/D1", Map.of("channel", "D1"));
    private static final SenderIdentity SENDER = new SenderIdentity("T1:U1", "Ada");
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    // ConversationRef

    @Test
    void conversationRefAcceptsKeysFromOneTo255Characters() {
        assertThat(new ConversationRef(Channel.SLACK, "k", null).key()).isEqualTo("k");
        assertThat(new ConversationRef(Channel.SLACK, "k".repeat(255), null).key()).hasSize(ConversationRef.MAX_KEY_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void conversationRefRejectsABlankKey(String key) {
        assertThatThrownBy(() -> new ConversationRef(Channel.SLACK, key, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conversationRefRejectsAKeyLongerThan255Characters() {
        assertThatThrownBy(() -> new ConversationRef(Channel.SLACK, "k".repeat(256), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
    }

    @Test
    void conversationRefRejectsNullChannelOrKey() {
        assertThatThrownBy(() -> new ConversationRef(null, "k", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ConversationRef(Channel.SLACK, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void conversationRefCopiesSortsAndFreezesItsAttributes() {
        Map<String, String> attributes = new HashMap<>(Map.of("thread_ts", "1.2", "channel", "C1", "team", "T1"));

        ConversationRef ref = new ConversationRef(Channel.SLACK, "T1/C1/1.2", attributes);
        attributes.put("channel", "changed");

        assertThat(ref.attributes()).containsExactly(Map.entry("channel", "C1"), Map.entry("team", "T1"), Map.entry("thread_ts", "1.2"));
        assertThatThrownBy(() -> ref.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void conversationRefTreatsNullAttributesAsNone() {
        ConversationRef ref = new ConversationRef(Channel.EMAIL, "<id@example.com>", null);

        assertThat(ref.attributes()).isEmpty();
        assertThat(ref.attribute("anything")).isNull();
    }

    @Test
    void conversationRefsWithEqualContentAreEqual() {
        assertThat(new ConversationRef(Channel.SLACK, "k", Map.of("a", "1", "b", "2")))
                .isEqualTo(new ConversationRef(Channel.SLACK, "k", new HashMap<>(Map.of("b", "2", "a", "1"))))
                .isNotEqualTo(new ConversationRef(Channel.TEAMS, "k", Map.of("a", "1", "b", "2")));
    }

    // ExternalMessageId

    @Test
    void externalMessageIdAcceptsOneTo255Characters() {
        assertThat(new ExternalMessageId("E").value()).isEqualTo("E");
        assertThat(new ExternalMessageId("E".repeat(255)).value()).hasSize(ExternalMessageId.MAX_LENGTH);
    }

    @Test
    void externalMessageIdRejectsMoreThan255Characters() {
        assertThatThrownBy(() -> new ExternalMessageId("E".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n"})
    void externalMessageIdRejectsBlankValues(String value) {
        assertThatThrownBy(() -> new ExternalMessageId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalMessageIdRejectsNull() {
        assertThatThrownBy(() -> new ExternalMessageId(null)).isInstanceOf(NullPointerException.class);
    }

    // SenderIdentity

    @Test
    void senderIdentityValidatesItsExternalIdAndAllowsANullDisplayName() {
        assertThat(new SenderIdentity("x".repeat(255), null).displayName()).isNull();
        assertThatThrownBy(() -> new SenderIdentity("x".repeat(256), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SenderIdentity(" ", "Ada")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SenderIdentity(null, "Ada")).isInstanceOf(NullPointerException.class);
    }

    // InboundMessage

    @Test
    void inboundMessageNormalizesNullTextAttachmentsAndPayload() {
        InboundMessage message = new InboundMessage(new ExternalMessageId("Ev1"), SLACK_DM, SENDER, null, null, NOW, null);

        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.rawPayload()).isEmpty();
    }

    @Test
    void inboundMessageCopiesItsAttachments() {
        List<Attachment> attachments = new ArrayList<>(List.of(new Attachment("receipt.png", "image/png", 2048)));

        InboundMessage message = new InboundMessage(new ExternalMessageId("Ev1"), SLACK_DM, SENDER, "see file", attachments, NOW, "{}");
        attachments.add(new Attachment("other.pdf", null, -1));

        assertThat(message.attachments()).containsExactly(new Attachment("receipt.png", "image/png", 2048));
        assertThatThrownBy(() -> message.attachments().add(new Attachment(null, null, -1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inboundMessageTakesItsChannelFromTheConversation() {
        InboundMessage message = new InboundMessage(new ExternalMessageId("Ev1"), SLACK_DM, SENDER, "hi", List.of(), NOW, "{}");

        assertThat(message.channel()).isEqualTo(Channel.SLACK);
    }

    @Test
    void inboundMessageRequiresIdConversationSenderAndTime() {
        ExternalMessageId id = new ExternalMessageId("Ev1");

        assertThatThrownBy(() -> new InboundMessage(null, SLACK_DM, SENDER, "", null, NOW, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InboundMessage(id, null, SENDER, "", null, NOW, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InboundMessage(id, SLACK_DM, null, "", null, NOW, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InboundMessage(id, SLACK_DM, SENDER, "", null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
