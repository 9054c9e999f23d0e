package org.switchboard.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ChatMessageType;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.profile.AgentProfile;
import org.switchboard.core.agent.profile.AgentProfileSource;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.model.ModelGateway;
import org.switchboard.core.model.ModelResult;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolCatalog;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

class ModelAgentTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(7), new ConversationId(11), Channel.SLACK);

    /** One agent that may use every tool and hands off to nobody: the single-agent behaviour. */
    static final AgentProfiles SINGLE_AGENT = new AgentProfiles("assistant", List.of(new AgentProfile("assistant",
            "Everything.", "You are the assistant.", List.of("*"), List.of(), false)));

    private final ScriptedModel model = new ScriptedModel();
    private final RecordingTools tools = new RecordingTools();
    private final InMemoryChatMemoryStore memory = new InMemoryChatMemoryStore();

    @Test
    void runsTheToolTheModelAsksForAndAnswersWithTheModelsFinalText() {
        model.then(toolCall("c1", "search_knowledge_base", "{\"query\":\"wire fees\"}"))
                .then(answer("A wire costs $25 [doc_fees_001]."));
        tools.answer("search_knowledge_base", ToolResult.ok("Wire transfer fees: $25", null));

        AgentReply reply = agent(8).respond(new AgentRequest("How much is a wire?", CONTEXT));

        assertThat(reply.text()).isEqualTo("A wire costs $25 [doc_fees_001].");
        assertThat(reply.agentName()).isEqualTo("assistant");
        assertThat(reply.toolInvocations()).singleElement().satisfies(i -> {
            assertThat(i.call().name()).isEqualTo("search_knowledge_base");
            assertThat(i.call().arguments().getString("query")).isEqualTo("wire fees");
        });
        assertThat(tools.contexts).containsOnly(CONTEXT);
        List<ChatMessage> secondRequest = model.requests.get(1).messages();
        ChatMessage last = secondRequest.get(secondRequest.size() - 1);
        assertThat(last).isInstanceOf(ToolExecutionResultMessage.class);
        assertThat(((ToolExecutionResultMessage) last).id()).isEqualTo("c1");
        assertThat(((ToolExecutionResultMessage) last).text()).contains("Wire transfer fees: $25");
    }

    @Test
    void offersEveryToolAndSendsInstructionsHistoryAndTheQuestion() {
        model.then(answer("Hello again."));
        tools.definitions.add(new ToolDefinition("search_knowledge_base", "Search", Json.createObjectBuilder()
                .add("type", "object").add("properties", Json.createObjectBuilder()
                        .add("query", Json.createObjectBuilder().add("type", "string"))).build(), ToolRisk.READ));

        agent(8).respond(new AgentRequest("and now?", CONTEXT, List.of(
                new AgentRequest.HistoryLine(true, "hi"), new AgentRequest.HistoryLine(false, "Hello!"))));

        ChatRequest request = model.requests.get(0);
        assertThat(request.toolSpecifications()).extracting(s -> s.name()).containsExactly("search_knowledge_base");
        assertThat(request.messages()).extracting(ChatMessage::type).containsExactly(ChatMessageType.SYSTEM,
                ChatMessageType.USER, ChatMessageType.AI, ChatMessageType.USER);
    }

    @Test
    void aToolErrorGoesBackToTheModelAsText() {
        model.then(toolCall("c1", "get_order", "{\"id\":\"1\"}")).then(answer("That order doesn't exist."));
        tools.answer("get_order", ToolResult.error("Error: order not found"));

        AgentReply reply = agent(8).respond(new AgentRequest("where is order 1", CONTEXT));

        assertThat(reply.text()).isEqualTo("That order doesn't exist.");
        ToolExecutionResultMessage result = (ToolExecutionResultMessage) last(model.requests.get(1).messages());
        assertThat(result.text()).startsWith("ERROR: ").contains("order not found");
    }

    @Test
    void argumentsThatAreNotJsonAreRefusedWithoutRunningTheTool() {
        model.then(toolCall("c1", "get_order", "{not json")).then(answer("Sorry."));

        agent(8).respond(new AgentRequest("order?", CONTEXT));

        assertThat(tools.calls).isEmpty();
        assertThat(((ToolExecutionResultMessage) last(model.requests.get(1).messages())).text()).contains("not a JSON object");
    }

    @Test
    void aModelThatKeepsCallingToolsStopsAtTheCapAndEscalates() {
        for (int i = 0; i < 10; i++) {
            model.then(toolCall("c" + i, "search_knowledge_base", "{\"query\":\"again\"}"));
        }
        tools.answer("search_knowledge_base", ToolResult.ok("nothing", null));
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1042").build()));

        AgentReply reply = agent(3).respond(new AgentRequest("loop", CONTEXT));

        assertThat(model.requests).hasSize(4);
        assertThat(tools.calls).filteredOn(c -> c.name().equals("search_knowledge_base")).hasSize(3);
        assertThat(reply.text()).contains("#1042");
        assertThat(last(reply.toolInvocations()).call().name()).isEqualTo("open_ticket");
    }

    @Test
    void noResponseFromTheModelOpensATicketPolitely() {
        model.thenNothing();
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1050").build()));

        AgentReply reply = agent(8).respond(new AgentRequest("help me", CONTEXT));

        assertThat(reply.text()).contains("trouble").contains("#1050");
        assertThat(tools.calls).extracting(ToolCall::name).containsExactly("open_ticket");
    }

    @Test
    void anEmptyAnswerAndAFailingTicketToolStillGiveAPoliteReply() {
        model.then(answer("  "));
        tools.answer("open_ticket", ToolResult.error("database down"));

        AgentReply reply = agent(8).respond(new AgentRequest("help", CONTEXT));

        assertThat(reply.text()).contains("a person from our support team");
    }

    @Test
    void aSpecialistHandsBackToTriageWhichHandsOnToOrdersAndTheTranscriptShowsEveryHandoff() {
        model.then(toolCall("h1", "transfer_to_triage", "{}"))
                .then(toolCall("h2", "transfer_to_orders", "{}"))
                .then(toolCall("t1", "get_order_details", "{\"order_id\":\"#W2378156\"}"))
                .then(answer("Your order #W2378156 was delivered."));
        tools.answer("get_order_details", ToolResult.ok("delivered", null));

        AgentReply reply = builtIn(8).respond(new AgentRequest("And where is my order #W2378156?", CONTEXT, List.of(),
                "knowledge"));

        assertThat(reply.agentName()).isEqualTo("orders");
        assertThat(reply.handoffTo()).isEqualTo("orders");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ANSWERED);
        assertThat(reply.toolInvocations()).extracting(i -> i.call().name())
                .containsExactly("transfer_to_triage", "transfer_to_orders", "get_order_details");
        assertThat(tools.calls).extracting(ToolCall::name).containsExactly("get_order_details");
        assertThat(((SystemMessage) model.requests.get(0).messages().get(0)).text()).contains("help center");
        assertThat(((SystemMessage) model.requests.get(2).messages().get(0)).text()).contains("orders and returns");
        assertThat(model.requests.get(1).toolSpecifications()).extracting(ToolSpecification::name)
                .contains("transfer_to_orders", "transfer_to_human");
    }

    @Test
    void anAgentCannotRunAToolOutsideItsProfileNorTransferWhereItMayNot() {
        model.then(toolCall("t1", "cancel_pending_order", "{\"order_id\":\"#W1\"}"))
                .then(toolCall("t2", "transfer_to_account", "{}"))
                .then(answer("I can only help with help-center questions here."));

        AgentReply reply = builtIn(8).respond(new AgentRequest("cancel #W1", CONTEXT, List.of(), "knowledge"));

        assertThat(tools.calls).isEmpty();
        assertThat(reply.toolInvocations()).allSatisfy(i -> assertThat(i.result().success()).isFalse());
        assertThat(reply.handoffTo()).isNull();
        assertThat(reply.agentName()).isEqualTo("knowledge");
    }

    @Test
    void aTransferToTheHumanAgentEscalatesWithATicketThatSummarizesTheConversation() {
        model.then(toolCall("h1", "transfer_to_human", "{}"));
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1077").build()));

        AgentReply reply = builtIn(8).respond(new AgentRequest("I want a person now", CONTEXT, List.of(
                new AgentRequest.HistoryLine(true, "my refund is late"), new AgentRequest.HistoryLine(false, "Sorry!")),
                "triage"));

        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ESCALATED);
        assertThat(reply.escalationReason()).contains("human");
        assertThat(reply.text()).contains("#1077").contains("person");
        assertThat(tools.calls).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("open_ticket");
            assertThat(call.arguments().getString("description")).contains("I want a person now")
                    .contains("my refund is late").contains("Escalated:");
        });
    }

    @Test
    void aModelTimeoutAfterAToolRanEscalatesWithoutRunningTheToolAgain() {
        model.then(toolCall("t1", "search_knowledge_base", "{\"query\":\"fees\"}")).thenNothing();
        tools.answer("search_knowledge_base", ToolResult.ok("fees", null));
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1090").build()));

        AgentReply reply = builtIn(8).respond(new AgentRequest("fees?", CONTEXT, List.of(), "knowledge"));

        assertThat(tools.calls).extracting(ToolCall::name).containsExactly("search_knowledge_base", "open_ticket");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ESCALATED);
        assertThat(reply.text()).contains("trouble").contains("#1090");
    }

    @Test
    void anOpenCircuitGivesTheUnavailableReplyAndATicketWithoutRetrying() {
        model.thenRefused(ModelResult.Status.CIRCUIT_OPEN);
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1101").build()));

        AgentReply reply = agent(8).respond(new AgentRequest("help me", CONTEXT));

        assertThat(reply.text()).isEqualTo(ModelAgent.UNAVAILABLE + " I've opened ticket #1101 so a person from our "
                + "support team can follow up here.");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ESCALATED);
        assertThat(reply.escalationReason()).contains("circuit breaker open");
        assertThat(model.requests).hasSize(1);
        assertThat(tools.calls).extracting(ToolCall::name).containsExactly("open_ticket");
    }

    @Test
    void aFullBulkheadBeforeAnythingRanDefersTheWholeTurn() {
        model.thenRefused(ModelResult.Status.BUSY);

        assertThatThrownBy(() -> agent(8).respond(new AgentRequest("help me", CONTEXT)))
                .isInstanceOf(ModelBusyException.class).hasMessageContaining("busy");

        assertThat(tools.calls).isEmpty();
        assertThat(memory.getMessages(CONTEXT.conversationId().value())).isEmpty();
    }

    @Test
    void aFullBulkheadAfterAToolRanEscalatesWithoutRunningTheToolAgain() {
        model.then(toolCall("t1", "search_knowledge_base", "{\"query\":\"fees\"}"))
                .thenRefused(ModelResult.Status.BUSY);
        tools.answer("search_knowledge_base", ToolResult.ok("fees", null));
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1102").build()));

        AgentReply reply = agent(8).respond(new AgentRequest("fees?", CONTEXT));

        assertThat(tools.calls).extracting(ToolCall::name).containsExactly("search_knowledge_base", "open_ticket");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ESCALATED);
        assertThat(reply.text()).contains("a lot of conversations").contains("#1102");
        assertThat(reply.escalationReason()).contains("busy");
    }

    @Test
    void theNextTurnRemembersTheToolCallsAndAnswersOfTheLastOne() {
        model.then(toolCall("c1", "search_knowledge_base", "{\"query\":\"wire fees\"}"))
                .then(answer("A wire costs $25."))
                .then(answer("Yes, also for international wires."));
        tools.answer("search_knowledge_base", ToolResult.ok("Wire transfer fees: $25", null));

        agent(8).respond(new AgentRequest("How much is a wire?", CONTEXT));
        agent(8).respond(new AgentRequest("Also abroad?", CONTEXT, List.of(
                new AgentRequest.HistoryLine(true, "ignored: the memory wins over transcript lines"))));

        List<ChatMessage> secondTurn = model.requests.get(2).messages();
        assertThat(secondTurn).extracting(ChatMessage::type).containsExactly(ChatMessageType.SYSTEM,
                ChatMessageType.USER, ChatMessageType.AI, ChatMessageType.TOOL_EXECUTION_RESULT, ChatMessageType.AI,
                ChatMessageType.USER);
        assertThat(memory.getMessages(CONTEXT.conversationId().value())).hasSize(6)
                .noneMatch(m -> m instanceof SystemMessage);
    }

    @Test
    void anEscalationMidToolCallsLeavesAMemoryEveryProviderAccepts() {
        model.then(ChatResponse.builder().aiMessage(AiMessage.from(List.of(
                ToolExecutionRequest.builder().id("h").name("transfer_to_human").arguments("{}").build(),
                ToolExecutionRequest.builder().id("s").name("search_knowledge_base").arguments("{}").build()))).build());
        tools.answer("open_ticket", ToolResult.ok("Opened", Json.createObjectBuilder().add("ticketNumber", "#1").build()));

        builtIn(8).respond(new AgentRequest("a person please", CONTEXT, List.of(), "knowledge"));

        List<ChatMessage> remembered = memory.getMessages(CONTEXT.conversationId().value());
        assertThat(remembered).extracting(ChatMessage::type).containsExactly(ChatMessageType.USER, ChatMessageType.AI,
                ChatMessageType.TOOL_EXECUTION_RESULT, ChatMessageType.TOOL_EXECUTION_RESULT, ChatMessageType.AI);
        assertThat(tools.calls).extracting(ToolCall::name).containsExactly("open_ticket");
    }

    private ModelAgent builtIn(int maxRounds) {
        return new ModelAgent(model, tools, AgentProfileSource.builtIn(), memory, maxRounds);
    }

    private ModelAgent agent(int maxRounds) {
        return new ModelAgent(model, tools, SINGLE_AGENT, memory, maxRounds);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static ChatResponse toolCall(String id, String name, String arguments) {
        return ChatResponse.builder().aiMessage(AiMessage.from(List.of(ToolExecutionRequest.builder()
                .id(id).name(name).arguments(arguments).build()))).build();
    }

    private static ChatResponse answer(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
    }

    /** A model gateway answering from a script, recording each request. */
    static final class ScriptedModel extends ModelGateway {
        final List<ChatRequest> requests = new ArrayList<>();
        private final Deque<ModelResult> script = new ArrayDeque<>();

        ScriptedModel then(ChatResponse response) {
            script.add(ModelResult.answered(response));
            return this;
        }

        /** The call failed or timed out (the gateway's fallback gives no response). */
        ScriptedModel thenNothing() {
            return thenRefused(ModelResult.Status.FAILED);
        }

        ScriptedModel thenRefused(ModelResult.Status why) {
            script.add(ModelResult.without(why));
            return this;
        }

        @Override
        public ModelResult chat(ChatRequest request) {
            requests.add(request);
            return script.isEmpty() ? ModelResult.without(ModelResult.Status.FAILED) : script.poll();
        }
    }

    /** Tools answering canned results, recording calls and contexts. */
    static final class RecordingTools implements ToolCatalog {
        final List<ToolDefinition> definitions = new ArrayList<>();
        final List<ToolCall> calls = new ArrayList<>();
        final List<ToolContext> contexts = new ArrayList<>();
        private final java.util.Map<String, ToolResult> results = new java.util.HashMap<>();

        void answer(String tool, ToolResult result) {
            results.put(tool, result);
        }

        @Override
        public List<ToolDefinition> definitions() {
            return definitions;
        }

        @Override
        public ToolResult invoke(ToolCall call, ToolContext context) {
            calls.add(call);
            contexts.add(context);
            return results.getOrDefault(call.name(), ToolResult.error("no such tool"));
        }
    }
}
