package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent pipeline on a real Liberty and MariaDB, driven by a scripted OpenAI-compatible model server through the
 * real LangChain4j OpenAI client: a multi-turn Slack conversation routed triage -> knowledge (a tool call) -> back
 * to triage -> orders, with every handoff in the stored transcript; an application restart mid-conversation keeps
 * the memory and the active agent; a transfer to the human agent escalates to WAITING_FOR_HUMAN with a ticket and
 * the bot stays quiet until an admin hands the conversation back; a model that times out after a tool ran gets the
 * polite fallback without the tool running twice.
 */
@ExtendWith(ArquillianExtension.class)
class AgentPipelineIT {

    private static final String APP = "agents";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(4);
    private static ScriptedModelServer model;

    @ArquillianResource
    Deployer deployer;

    private boolean deployed;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        model = ScriptedModelServer.start();
        String config = """
                config_ordinal=500
                model.provider=openai
                model.name=gpt-test
                model.api.key=it-model-key
                model.timeout.ms=1500
                model.base.url=%s
                """.formatted(model.baseUrl());
        return ItEnvironment.warWithConfig(config);
    }

    @BeforeEach
    void deploy() {
        model.clear();
        deployer.deploy(APP);
        deployed = true;
        await().atMost(WAIT).until(() -> ItEnvironment.get("/health/ready").statusCode() == 200);
        slack().clear();
    }

    @AfterEach
    void undeploy() {
        if (deployed) {
            deployer.undeploy(APP);
            deployed = false;
        }
        slack().clear();
    }

    @AfterAll
    static void stopModel() {
        model.stop();
    }

    @Test
    void triageRoutesToSpecialistsAndBackEscalatesToAHumanAndRemembersAcrossARestart() {
        String channel = SlackPayloads.freshChannel();

        // Turn 1: triage hands off to knowledge, which searches the help center and answers.
        model.toolCall("transfer_to_knowledge", "{}")
                .toolCall("search_knowledge_base", "{\"query\":\"wire transfer fee\"}")
                .answer("A wire transfer costs what the help center says [kb].");
        JsonObject first = SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel,
                "How much does a wire transfer cost?");
        String threadTs = first.getJsonObject("event").getString("ts");
        post(first);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(slack().messagesFor(channel).get(0).text()).isEqualTo("A wire transfer costs what the help center says [kb].");
        assertThat(slack().messagesFor(channel).get(0).threadTs()).isEqualTo(threadTs);
        long conversation = conversationOf(channel);
        assertThat(activeAgent(conversation)).isEqualTo("knowledge");
        assertThat(model.requests()).hasSize(3);
        assertThat(lastToolMessage(model.requests().get(2))).contains("[");

        // Turn 2: knowledge hands back to triage, which hands on to orders.
        model.toolCall("transfer_to_triage", "{}").toolCall("transfer_to_orders", "{}")
                .answer("I can help with that return. What is the order number?");
        post(SlackPayloads.threadReply(SlackPayloads.freshEventId(), channel, threadTs,
                "Thanks! Another thing: I want to return an item from my order."));
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        assertThat(activeAgent(conversation)).isEqualTo("orders");
        assertThat(model.requests().get(3).toString()).contains("How much does a wire transfer cost?");

        assertThat(column("SELECT tool_name FROM messages WHERE conversation_id = ? AND role = 'TOOL' ORDER BY id",
                conversation)).containsExactly("transfer_to_knowledge", "search_knowledge_base", "transfer_to_triage",
                "transfer_to_orders");
        assertThat(column("SELECT author FROM messages WHERE conversation_id = ? AND role = 'AGENT' ORDER BY id",
                conversation)).containsExactly("knowledge", "orders");

        // Restart the application mid-conversation: memory and the active agent survive.
        deployer.undeploy(APP);
        deployed = false;
        deploy();
        model.toolCall("transfer_to_human", "{}");
        post(SlackPayloads.threadReply(SlackPayloads.freshEventId(), channel, threadTs,
                "It's #W2378156, but I'd rather talk to a person about it."));
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        JsonObject afterRestart = model.requests().get(0);
        assertThat(afterRestart.toString()).contains("How much does a wire transfer cost?")
                .contains("I want to return an item").contains("What is the order number?");
        assertThat(afterRestart.getJsonArray("messages").getJsonObject(0).getString("content")).contains("orders");
        assertThat(slack().messagesFor(channel).get(0).text()).contains("person").contains("ticket #");
        assertThat(column("SELECT status FROM conversations WHERE id = ?", conversation)).containsExactly("WAITING_FOR_HUMAN");
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE conversation_id = ?", conversation)).isEqualTo(1);
        assertThat(column("SELECT description FROM tickets WHERE conversation_id = ?", conversation).get(0))
                .contains("Escalated:").contains("#W2378156");

        // Waiting for a human: the customer's next message is stored, not answered, and the model is not asked.
        int requestsBefore = model.requests().size();
        String heldEvent = SlackPayloads.freshEventId();
        post(SlackPayloads.threadReply(heldEvent, channel, threadTs, "Hello? Anyone there?"));
        await().atMost(WAIT).until(() -> column("SELECT status FROM inbox_entries WHERE external_id = ?", heldEvent)
                .contains("DONE"));
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(model.requests()).hasSize(requestsBefore);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'turn.held-for-human' AND subject = ?",
                "conversation:" + conversation)).isEqualTo(1);

        // An admin hands it back: triage answers again.
        HttpResponse<String> handBack = admin("POST", "/api/admin/conversations/" + conversation + "/status",
                "{\"action\":\"hand-back\",\"reason\":\"sorted out by phone\"}");
        assertThat(handBack.statusCode()).as(handBack.body()).isEqualTo(200);
        assertThat(handBack.body()).contains("\"status\":\"OPEN\"").contains("\"activeAgent\":\"triage\"");
        assertThat(admin("POST", "/api/admin/conversations/" + conversation + "/status",
                "{\"action\":\"hand-back\"}").statusCode()).isEqualTo(409);
        assertThat(admin("POST", "/api/admin/conversations/" + conversation + "/status",
                "{\"action\":\"explode\"}").statusCode()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/conversations/999999999/status",
                "{\"action\":\"close\"}").statusCode()).isEqualTo(404);
        model.answer("Glad it's sorted! Anything else?");
        post(SlackPayloads.threadReply(SlackPayloads.freshEventId(), channel, threadTs, "Thanks, all good now."));
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        assertThat(slack().messagesFor(channel).get(1).text()).isEqualTo("Glad it's sorted! Anything else?");
        assertThat(model.requests().get(model.requests().size() - 1).getJsonArray("messages").getJsonObject(0)
                .getString("content")).contains("triage agent");
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'conversation.hand-back' AND subject = ?",
                "conversation:" + conversation)).isEqualTo(1);
    }

    @Test
    void aModelTimeoutAfterAToolRanFallsBackPolitelyWithoutRunningTheToolTwice() {
        String channel = SlackPayloads.freshChannel();
        model.toolCall("transfer_to_knowledge", "{}")
                .toolCall("search_knowledge_base", "{\"query\":\"card delivery time\"}")
                .hang(3);
        post(SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, "When will my new card arrive?"));

        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(slack().messagesFor(channel).get(0).text()).contains("trouble").contains("ticket #");
        long conversation = conversationOf(channel);
        assertThat(column("SELECT tool_name FROM messages WHERE conversation_id = ? AND role = 'TOOL' ORDER BY id",
                conversation)).containsExactly("transfer_to_knowledge", "search_knowledge_base", "open_ticket");
        assertThat(column("SELECT status FROM conversations WHERE id = ?", conversation)).containsExactly("WAITING_FOR_HUMAN");
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> slack().messagesFor(channel).size() == 1);
    }

    private static void post(JsonObject payload) {
        assertThat(postSigned(payload.toString()).statusCode()).isEqualTo(200);
    }

    private static long conversationOf(String channel) {
        return count("SELECT MAX(id) FROM conversations WHERE external_key LIKE ?", "%/" + channel + "/%");
    }

    private static String activeAgent(long conversation) {
        return column("SELECT active_agent FROM conversations WHERE id = ?", conversation).get(0);
    }

    private static String lastToolMessage(JsonObject request) {
        List<JsonObject> messages = request.getJsonArray("messages").getValuesAs(JsonObject.class);
        return messages.get(messages.size() - 1).getString("content");
    }
}
