package org.switchboard.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.profile.AgentProfileSource;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.ModelAgent;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolCatalog;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/**
 * The real LangChain4j OpenAI client against a local OpenAI-compatible server that returns scripted chat
 * completions: a tool call round trip over HTTP, as with vLLM, llama.cpp or LM Studio.
 */
class OpenAiCompatibleServerTest {

    private HttpServer server;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final Deque<String> responses = new ArrayDeque<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(Json.createReader(new StringReader(body)).readObject());
            byte[] answer = responses.isEmpty() ? "{}".getBytes(StandardCharsets.UTF_8)
                    : responses.poll().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void triageHandsOffToKnowledgeWhichCallsAToolOverTheOpenAiProtocol() {
        responses.add(completion("null", """
                [{"id":"call_0","type":"function","function":{"name":"transfer_to_knowledge","arguments":"{}"}}]""",
                "tool_calls"));
        responses.add(completion("null", """
                [{"id":"call_1","type":"function","function":{"name":"search_knowledge_base","arguments":"{\\"query\\":\\"wire fees\\"}"}}]""",
                "tool_calls"));
        responses.add(completion("\"A domestic wire costs $25 [doc_fees_001].\"", null, "stop"));
        ModelGateway gateway = gateway("openai", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-key");
        List<ToolCall> ran = new CopyOnWriteArrayList<>();
        ToolCatalog tools = new ToolCatalog() {
            @Override
            public List<ToolDefinition> definitions() {
                return List.of(new ToolDefinition("search_knowledge_base", "Searches the help center",
                        Json.createObjectBuilder().add("type", "object")
                                .add("properties", Json.createObjectBuilder().add("query",
                                        Json.createObjectBuilder().add("type", "string").add("description", "what to find")))
                                .add("required", Json.createArrayBuilder().add("query")).build(), ToolRisk.READ));
            }

            @Override
            public ToolResult invoke(ToolCall call, ToolContext context) {
                ran.add(call);
                return ToolResult.ok("Wire transfer fees: domestic $25", null);
            }
        };

        AgentReply reply = new ModelAgent(gateway, tools, AgentProfileSource.builtIn(), new InMemoryChatMemoryStore(), 8).respond(new AgentRequest(
                "How much is a wire?", new ToolContext(new CustomerId(1), new ConversationId(2), Channel.SLACK),
                List.of(), "triage"));

        assertThat(reply.text()).isEqualTo("A domestic wire costs $25 [doc_fees_001].");
        assertThat(reply.agentName()).isEqualTo("knowledge");
        assertThat(reply.handoffTo()).isEqualTo("knowledge");
        assertThat(reply.toolInvocations()).extracting(i -> i.call().name())
                .containsExactly("transfer_to_knowledge", "search_knowledge_base");
        assertThat(ran).extracting(ToolCall::name).containsExactly("search_knowledge_base");
        assertThat(requests).hasSize(3);
        JsonObject first = requests.get(0);
        assertThat(first.getString("model")).isEqualTo("gpt-test");
        assertThat(functionNames(first)).contains("transfer_to_knowledge", "transfer_to_orders", "transfer_to_human")
                .doesNotContain("search_knowledge_base");
        assertThat(functionNames(requests.get(1))).contains("search_knowledge_base", "transfer_to_triage");
        JsonObject function = requests.get(1).getJsonArray("tools").getJsonObject(0).getJsonObject("function");
        assertThat(function.getString("name")).isEqualTo("search_knowledge_base");
        assertThat(function.getJsonObject("parameters").getJsonArray("required").getString(0)).isEqualTo("query");
        assertThat(requests.get(1).getJsonArray("messages").getJsonObject(0).getString("content"))
                .contains("help center");
        JsonArray thirdMessages = requests.get(2).getJsonArray("messages");
        JsonObject toolMessage = thirdMessages.getJsonObject(thirdMessages.size() - 1);
        assertThat(toolMessage.getString("role")).isEqualTo("tool");
        assertThat(toolMessage.getString("tool_call_id")).isEqualTo("call_1");
        assertThat(toolMessage.getString("content")).contains("domestic $25");
    }

    private static List<String> functionNames(JsonObject request) {
        return request.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonObject("function").getString("name")).toList();
    }

    @Test
    void offlineNeedsNoModelAndUnknownProvidersAreRefused() {
        assertThat(ChatModels.create(new ModelSettings(ModelProvider.OFFLINE, null, null, null, Duration.ofSeconds(1))))
                .isEmpty();
        assertThat(ModelProvider.parse("openai-compatible")).isEqualTo(ModelProvider.OPENAI);
        assertThat(ModelProvider.parse("Azure-OpenAI")).isEqualTo(ModelProvider.AZURE_OPENAI);
        assertThat(ModelProvider.parse(null)).isEqualTo(ModelProvider.OFFLINE);
        assertThatThrownBy(() -> ModelProvider.parse("gpt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offline, openai");
        assertThatThrownBy(() -> ChatModels.create(new ModelSettings(ModelProvider.ANTHROPIC, "claude", null, null,
                Duration.ofSeconds(1)))).hasMessageContaining("MODEL_API_KEY");
        assertThatThrownBy(() -> ChatModels.create(new ModelSettings(ModelProvider.OLLAMA, null, null, null,
                Duration.ofSeconds(1)))).hasMessageContaining("MODEL_NAME");
        assertThat(new ModelSettings(ModelProvider.OPENAI, "m", null, "sk-secret", Duration.ofSeconds(1)).toString())
                .doesNotContain("sk-secret");
    }

    @Test
    void everyProviderBuildsAClientFromItsSettings() {
        Duration t = Duration.ofSeconds(5);
        assertThat(ChatModels.create(new ModelSettings(ModelProvider.OPENAI, "gpt-4o-mini", null, "k", t))).isPresent();
        assertThat(ChatModels.create(new ModelSettings(ModelProvider.AZURE_OPENAI, "dep", "https://r.openai.azure.com/openai/v1/", "k", t))).isPresent();
        assertThat(ChatModels.create(new ModelSettings(ModelProvider.ANTHROPIC, "claude-sonnet-4-5", null, "k", t))).isPresent();
        assertThat(ChatModels.create(new ModelSettings(ModelProvider.OLLAMA, "llama3.1", null, null, t))).isPresent();
    }

    @Test
    void aGatewayWithoutAModelSaysSo() {
        ModelGateway offline = gateway("offline", null, null);
        assertThat(offline.isConfigured()).isFalse();
        assertThatThrownBy(() -> offline.chat(null)).isInstanceOf(IllegalStateException.class);
    }

    private static ModelGateway gateway(String provider, String baseUrl, String key) {
        ModelGateway gateway = new ModelGateway();
        gateway.provider = provider;
        gateway.name = Optional.of("gpt-test");
        gateway.baseUrl = Optional.ofNullable(baseUrl);
        gateway.apiKey = Optional.ofNullable(key);
        gateway.timeoutMs = 5000;
        gateway.init();
        return gateway;
    }

    private static String completion(String content, String toolCalls, String finish) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s%s},"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}"""
                .formatted(content, toolCalls == null ? "" : ",\"tool_calls\":" + toolCalls, finish);
    }
}
