package org.switchboard.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conversation memory written by an earlier release still loads (RELIABILITY case 16). The fixture is a
 * {@code chat_memories.messages_json} value exactly as release 0.1 stores it (LangChain4j 1.18's JSON, a compacted
 * summary first, a handoff and a tool call with their results): a library upgrade that changes the format fails here
 * before it loses customers' conversations.
 */
class StoredMemoryCompatibilityTest {

    @Test
    void memoryStoredByRelease01LoadsWithEveryMessageItsTextAndItsToolCalls() throws IOException {
        List<ChatMessage> messages = ChatMessageDeserializer.messagesFromJson(fixture("memory/chat-memory-0.1.json"));

        assertThat(messages).hasSize(7);
        assertThat(((SystemMessage) messages.get(0)).text()).startsWith("Summary of the earlier conversation");
        assertThat(((UserMessage) messages.get(1)).singleText()).isEqualTo("Where is my order #W2611340?");
        AiMessage transfer = (AiMessage) messages.get(2);
        assertThat(transfer.toolExecutionRequests()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo("call_1");
            assertThat(call.name()).isEqualTo("transfer_to_orders");
        });
        ToolExecutionResultMessage lookup = (ToolExecutionResultMessage) messages.get(5);
        assertThat(lookup.toolName()).isEqualTo("get_order_details");
        assertThat(lookup.text()).contains("\"status\":\"processed\"");
        assertThat(((AiMessage) messages.get(4)).toolExecutionRequests().get(0).arguments())
                .isEqualTo("{\"order_id\":\"#W2611340\"}");
        assertThat(((AiMessage) messages.get(6)).text()).isEqualTo("Order #W2611340 is processed and will ship soon.");
    }

    @Test
    void whatLoadsIsWrittenBackUnchanged() throws IOException {
        List<ChatMessage> messages = ChatMessageDeserializer.messagesFromJson(fixture("memory/chat-memory-0.1.json"));

        assertThat(ChatMessageDeserializer.messagesFromJson(ChatMessageSerializer.messagesToJson(messages)))
                .isEqualTo(messages);
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = StoredMemoryCompatibilityTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
