package org.switchboard.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryCompactorTest {

    @Test
    void withinTheWindowNothingChanges() {
        List<ChatMessage> messages = List.of(UserMessage.from("hi"), AiMessage.from("hello"));
        MemoryCompactor.Compacted c = new MemoryCompactor(50, 4000, 300).compact(messages, null);
        assertThat(c.kept()).isEqualTo(messages);
        assertThat(c.summary()).isNull();
        assertThat(c.folded()).isZero();
    }

    @Test
    void foldsTheOldestIntoTheSummaryAndStartsTheWindowAtACustomerMessage() {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            messages.add(UserMessage.from("question " + i));
            ToolExecutionRequest call = ToolExecutionRequest.builder().id("c" + i).name("search").arguments("{}").build();
            messages.add(AiMessage.from(List.of(call)));
            messages.add(ToolExecutionResultMessage.from(call, "result " + i));
            messages.add(AiMessage.from("answer " + i));
        }

        MemoryCompactor.Compacted c = new MemoryCompactor(50, 4000, 300).compact(messages, "Customer: earlier");

        assertThat(c.kept().size()).isLessThanOrEqualTo(50);
        assertThat(c.kept().get(0)).isInstanceOf(UserMessage.class);
        assertThat(c.folded() + c.kept().size()).isEqualTo(120);
        assertThat(c.summary()).startsWith("Customer: earlier\nCustomer: question 1\nAgent: answer 1")
                .doesNotContain("result 1");
        assertThat(c.kept().get(c.kept().size() - 1)).isEqualTo(AiMessage.from("answer 30"));
    }

    @Test
    void longSummariesKeepTheirMostRecentPartAndLinesAreShortened() {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            messages.add(UserMessage.from("x".repeat(500)));
            messages.add(AiMessage.from("y".repeat(500)));
        }
        MemoryCompactor.Compacted c = new MemoryCompactor(10, 1000, 50).compact(messages, null);
        assertThat(c.summary()).hasSize(1000).startsWith("…");
        assertThat(c.summary().lines().skip(1)).allMatch(line -> line.length() <= "Customer: ".length() + 50);
        assertThatThrownBy(() -> new MemoryCompactor(1, 1000, 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
