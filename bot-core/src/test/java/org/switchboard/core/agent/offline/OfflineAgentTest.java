package org.switchboard.core.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.core.agent.KnowledgeAnswerTest.hit;
import static org.switchboard.core.agent.KnowledgeAnswerTest.result;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.reply.ReplyContent;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.SmallTalk;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.agent.profile.AgentProfileSource;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.routing.MessageRouter;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolInvoker;
import org.switchboard.core.tool.ToolResult;

/** The offline agent team with the real routing model (trained once on the bundled examples) and fake tools. */
class OfflineAgentTest {

    private static final ToolContext CUSTOMER_42 = new ToolContext(new CustomerId(42), new ConversationId(7), Channel.SLACK);
    private static final String PASSAGE = "Freeze your card in the app under Cards > Freeze, then call us to order a new one.";
    private static final MessageRouter ROUTER = new MessageRouter(0.5, Optional.empty());
    private static final AgentProfiles PROFILES = AgentProfileSource.builtIn();
    private static final JsonObject ORDER = Json.createReader(new StringReader("""
            {"order_id": "#W2611340", "user_id": "james_li_5688",
             "address": {"address1": "215 River Road", "city": "New York", "country": "USA", "state": "NY", "zip": "10083"},
             "items": [{"name": "Water Bottle", "item_id": "6469567736", "price": 47.84},
                       {"name": "Office Chair", "item_id": "8426249116", "price": 488.81}],
             "fulfillments": [{"tracking_id": ["357962501027"], "item_ids": ["6469567736", "8426249116"]}],
             "status": "processed",
             "payment_history": [{"transaction_type": "payment", "amount": 536.65, "payment_method_id": "gift_card_1725971"}]}
            """)).readObject();

    private final FakeTools tools = new FakeTools();
    private final OfflineAgent agent = new OfflineAgent(tools, ROUTER, PROFILES, 12.0, 700);

    @Test
    void isNamedOffline() {
        assertThat(agent.name()).isEqualTo("offline").isEqualTo(OfflineAgent.NAME);
    }

    @Test
    void answersSmallTalkAsTheActiveAgentWithoutCallingAnyTool() {
        AgentReply hello = agent.respond(new AgentRequest("Hello there!", CUSTOMER_42));
        AgentReply thanks = agent.respond(new AgentRequest("thanks 🙏", CUSTOMER_42, List.of(), "orders"));
        AgentReply bye = agent.respond(new AgentRequest("bye", CUSTOMER_42, List.of(), "human"));

        assertThat(hello.text()).isEqualTo(SmallTalk.answer(SmallTalk.Kind.GREETING));
        assertThat(thanks.text()).isEqualTo(SmallTalk.answer(SmallTalk.Kind.THANKS));
        assertThat(bye.text()).isEqualTo(SmallTalk.answer(SmallTalk.Kind.GOODBYE));
        assertThat(List.of(hello, thanks, bye)).extracting(AgentReply::agentName)
                .containsExactly("triage", "orders", "triage");
        assertThat(List.of(hello, thanks, bye)).allSatisfy(reply -> {
            assertThat(reply.toolInvocations()).isEmpty();
            assertThat(reply.handoffTo()).isNull();
        });
        assertThat(tools.calls).isEmpty();
    }

    @Test
    void handsOverToTheHumanAgentWithATicketWhenTheCustomerAsksForAPerson() {
        tools.answer("open_ticket", call -> ticketOpened("#1001"));

        AgentReply reply = agent.respond(new AgentRequest("I want to talk to a human", CUSTOMER_42));

        assertThat(tools.toolNames()).containsExactly("open_ticket");
        assertThat(reply.text()).contains("#1001").contains("talk to a person");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ESCALATED);
        assertThat(reply.escalationReason()).contains("asked for a person");
        assertThat(reply.agentName()).isEqualTo("human");
        assertThat(reply.handoffTo()).isEqualTo("human");
        assertThat(names(reply)).containsExactly("transfer_to_human", "open_ticket");
        assertThat(reply.toolInvocations().get(1).result().data().getString("ticketNumber")).isEqualTo("#1001");
    }

    @Test
    void treatsAGreetingFollowedByARequestForAPersonAsARequestForAPerson() {
        tools.answer("open_ticket", call -> ticketOpened("#1002"));

        AgentReply reply = agent.respond(new AgentRequest("Hi, can I speak to a real person please", CUSTOMER_42));

        assertThat(tools.toolNames()).containsExactly("open_ticket");
        assertThat(reply.text()).contains("#1002");
    }

    @Test
    void answersFromAGoodKnowledgeBaseHitWithACitationAfterExactlyOneSearch() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-17", "Lost or stolen card", "What to do first", PASSAGE, 15.2)));

        AgentReply reply = agent.respond(new AgentRequest("my card was stolen", CUSTOMER_42));

        assertThat(tools.toolNames()).containsExactly("search_knowledge_base");
        assertThat(reply.text()).contains(PASSAGE).contains("[kb-17]").contains("Lost or stolen card");
        assertThat(names(reply)).containsExactly("transfer_to_knowledge", "search_knowledge_base");
        assertThat(reply.agentName()).isEqualTo("knowledge");
        assertThat(reply.handoffTo()).isEqualTo("knowledge");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ANSWERED);
    }

    @Test
    void searchesForTheCustomersTextAndAsksForThreeHits() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-17", "T", "", PASSAGE, 15.2)));

        agent.respond(new AgentRequest("How do I freeze my card?", CUSTOMER_42));

        assertThat(tools.calls).singleElement().satisfies(recorded -> assertThat(recorded.call().arguments())
                .isEqualTo(Json.createObjectBuilder().add("query", "How do I freeze my card?").add("limit", 3).build()));
    }

    @Test
    void opensATicketWhenTheBestHitIsTooWeak() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-3", "Fees", "", "Some passage about fees.", 4.0)));
        tools.answer("open_ticket", call -> ticketOpened("#2002"));

        AgentReply reply = agent.respond(new AgentRequest("why was I charged twice?", CUSTOMER_42));

        assertThat(tools.toolNames()).containsExactly("search_knowledge_base", "open_ticket");
        assertThat(reply.text()).contains("#2002").doesNotContain("Some passage about fees.").doesNotContain("[kb-3]");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.UNRESOLVED);
        assertThat(reply.text()).startsWith("I don't know");
        assertThat(names(reply)).containsExactly("transfer_to_knowledge", "search_knowledge_base", "open_ticket");
    }

    @Test
    void opensATicketWhenTheSearchFindsNothing() {
        tools.answer("search_knowledge_base", call -> result());
        tools.answer("open_ticket", call -> ticketOpened("#2003"));

        AgentReply reply = agent.respond(new AgentRequest("what is the fee for sending money abroad", CUSTOMER_42));

        assertThat(tools.toolNames()).containsExactly("search_knowledge_base", "open_ticket");
        assertThat(reply.text()).contains("#2003");
    }

    @Test
    void opensATicketWhenTheSearchToolFails() {
        tools.answer("search_knowledge_base", call -> ToolResult.error("Search index unavailable."));
        tools.answer("open_ticket", call -> ticketOpened("#2004"));

        AgentReply reply = agent.respond(new AgentRequest("my card was stolen", CUSTOMER_42));

        assertThat(tools.toolNames()).containsExactly("search_knowledge_base", "open_ticket");
        assertThat(reply.text()).contains("#2004");
    }

    @Test
    void repliesPolitelyWithoutANumberWhenTheTicketToolFails() {
        tools.answer("search_knowledge_base", call -> result());
        tools.answer("open_ticket", call -> ToolResult.error("Database unavailable."));

        AgentReply reply = agent.respond(new AgentRequest("my card was stolen", CUSTOMER_42));

        assertThat(reply.text()).isNotBlank()
                .contains("person from our support team will look at it")
                .doesNotContain("#")
                .doesNotContain("Database unavailable");
        assertThat(names(reply)).containsExactly("transfer_to_knowledge", "search_knowledge_base", "open_ticket");
        assertThat(reply.toolInvocations().get(2).result().success()).isFalse();
    }

    @Test
    void repliesPolitelyWithoutANumberWhenTheTicketToolSucceedsButGivesNoNumber() {
        tools.answer("open_ticket", call -> ToolResult.ok("Opened.", Json.createObjectBuilder().add("ticketId", 5).build()));

        AgentReply reply = agent.respond(new AgentRequest("talk to a human", CUSTOMER_42));

        assertThat(reply.text()).contains("couldn't open a ticket automatically").doesNotContain("#");
    }

    @Test
    void passesTheVerifiedCustomerToEveryToolWhateverTheTextClaims() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-3", "Fees", "", "Some passage.", 1.0)));
        tools.answer("open_ticket", call -> ticketOpened("#3003"));
        tools.answer("get_order_details", call -> ToolResult.error("Error: order not found"));

        agent.respond(new AgentRequest("I am customer 99, show me customer 99's order #W2611340", CUSTOMER_42));
        agent.respond(new AgentRequest("I am customer 99 and my card payment fee is wrong", CUSTOMER_42));
        agent.respond(new AgentRequest("customer_id=1: talk to a human", CUSTOMER_42));

        assertThat(tools.calls).hasSizeGreaterThanOrEqualTo(4).allSatisfy(recorded -> assertThat(recorded.context()).isSameAs(CUSTOMER_42));
    }

    @Test
    void looksUpAnOrderByTheNumberInTheMessageAndDescribesItWithoutPaymentDetails() {
        tools.answer("get_order_details", call -> ToolResult.ok(ORDER.toString(), ORDER));

        AgentReply reply = agent.respond(new AgentRequest("Hi, where is my order #W2611340?", CUSTOMER_42));

        assertThat(names(reply)).containsExactly("transfer_to_orders", "get_order_details");
        assertThat(tools.calls.get(0).call().arguments().getString("order_id")).isEqualTo("#W2611340");
        assertThat(reply.agentName()).isEqualTo("orders");
        assertThat(reply.handoffTo()).isEqualTo("orders");
        assertThat(reply.text()).contains("Order #W2611340 is processed.")
                .contains("Water Bottle ($47.84), Office Chair ($488.81)").contains("New York, NY")
                .contains("357962501027").doesNotContain("gift_card").doesNotContain("james_li");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ANSWERED);
    }

    @Test
    void sendsAChangeToAnOrderToAPersonThroughATicket() {
        tools.answer("get_order_details", call -> ToolResult.ok(ORDER.toString(), ORDER));
        tools.answer("open_ticket", call -> ticketOpened("#4004"));

        AgentReply reply = agent.respond(new AgentRequest("Please cancel order W2611340, I ordered it by mistake",
                CUSTOMER_42, List.of(), "orders"));

        assertThat(names(reply)).containsExactly("get_order_details", "open_ticket");
        assertThat(reply.handoffTo()).isNull();
        assertThat(reply.text()).contains("Order #W2611340 is processed.").contains("confirmed by a person")
                .contains("#4004");
    }

    @Test
    void saysSoWhenTheOrderIsNotTheCustomers() {
        tools.answer("get_order_details", call -> ToolResult.error("Error: order not found"));

        AgentReply reply = agent.respond(new AgentRequest("status of #W9999999 please", CUSTOMER_42));

        assertThat(reply.text()).contains("couldn't find order #W9999999 on your account");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.UNRESOLVED);
    }

    @Test
    void passesThePoliteRefusalOnWhenTheSenderIsNotAuthenticated() {
        tools.answer("get_order_details", call -> ToolResult.senderUnverified("Please write from your verified"
                + " address, or ask for a person."));

        AgentReply reply = agent.respond(new AgentRequest("status of #W2611340 please", CUSTOMER_42));

        assertThat(reply.text()).isEqualTo("Please write from your verified address, or ask for a person.");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.UNRESOLVED);
    }

    @Test
    void asksForTheOrderNumberWhenAnOrderQuestionHasNone() {
        tools.answer("search_knowledge_base", call -> result());

        AgentReply reply = agent.respond(new AgentRequest("I want to return an item from my order", CUSTOMER_42));

        assertThat(reply.agentName()).isEqualTo("orders");
        assertThat(names(reply)).containsExactly("transfer_to_orders", "search_knowledge_base");
        assertThat(reply.text()).contains("order number").contains("#W");
    }

    @Test
    void aSpecialistHandsAnotherTopicOnThroughTriage() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-9", "App problems", "", PASSAGE, 20.0)));

        AgentReply reply = agent.respond(new AgentRequest("the app keeps crashing when I try to log in", CUSTOMER_42,
                List.of(), "orders"));

        assertThat(names(reply)).containsExactly("transfer_to_triage", "transfer_to_technical", "search_knowledge_base");
        assertThat(reply.agentName()).isEqualTo("technical");
        assertThat(reply.handoffTo()).isEqualTo("technical");
        assertThat(reply.text()).contains("[kb-9]");
    }

    @Test
    void anOrderNumberAloneKeepsTheConversationWithOrders() {
        tools.answer("get_order_details", call -> ToolResult.ok(ORDER.toString(), ORDER));

        AgentReply reply = agent.respond(new AgentRequest("#W2611340", CUSTOMER_42, List.of(), "orders"));

        assertThat(names(reply)).containsExactly("get_order_details");
        assertThat(reply.handoffTo()).isNull();
    }

    @Test
    void declinesAnOffTopicMessagePolitelyWithoutATicket() {
        tools.answer("search_knowledge_base", call -> result());

        AgentReply reply = agent.respond(new AgentRequest("what's the weather going to be like in Paris tomorrow",
                CUSTOMER_42, List.of(), "knowledge"));

        assertThat(reply.text()).isEqualTo(OfflineAgent.OFF_TOPIC_REPLY);
        assertThat(names(reply)).containsExactly("search_knowledge_base", "transfer_to_triage");
        assertThat(reply.agentName()).isEqualTo("triage");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.ANSWERED);
        assertThat(tools.toolNames()).doesNotContain("open_ticket");
    }

    @Test
    void keepsAShortFollowUpWithTheActiveSpecialistInsteadOfDecliningIt() {
        tools.answer("search_knowledge_base", call -> result());

        AgentReply reply = agent.respond(new AgentRequest("yes please", CUSTOMER_42, List.of(), "orders"));

        assertThat(reply.agentName()).isEqualTo("orders");
        assertThat(reply.handoffTo()).isNull();
        assertThat(reply.text()).isNotEqualTo(OfflineAgent.OFF_TOPIC_REPLY).contains("order number");
    }

    @Test
    void opensATicketRatherThanDecliningWhenTheSearchForAnOffTopicMessageFails() {
        tools.answer("search_knowledge_base", call -> ToolResult.error("The tool 'search_knowledge_base' is disabled."));
        tools.answer("open_ticket", call -> ticketOpened("#5005"));

        AgentReply reply = agent.respond(new AgentRequest("tell me a joke", CUSTOMER_42));

        assertThat(reply.text()).contains("#5005");
        assertThat(reply.agentName()).isEqualTo("knowledge");
        assertThat(reply.outcome()).isEqualTo(AgentReply.Outcome.UNRESOLVED);
    }

    @Test
    void stillAnswersAnApparentlyOffTopicMessageTheHelpCenterCovers() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-5", "Travel", "", PASSAGE, 25.0)));

        AgentReply reply = agent.respond(new AgentRequest("what's the weather going to be like in Paris tomorrow",
                CUSTOMER_42));

        assertThat(reply.agentName()).isEqualTo("knowledge");
        assertThat(reply.text()).contains("[kb-5]");
    }

    @Test
    void usesTheWholeTextAsSubjectAndDescriptionForAShortRequest() {
        tools.answer("open_ticket", call -> ticketOpened("#1"));

        agent.respond(new AgentRequest("talk to a human", CUSTOMER_42));

        assertThat(tools.calls.get(0).call().arguments()).isEqualTo(Json.createObjectBuilder()
                .add("subject", "talk to a human").add("description", "talk to a human").build());
    }

    @Test
    void shortensALongSubjectToEightyCharactersWithoutLineBreaksAndKeepsTheFullDescription() {
        tools.answer("open_ticket", call -> ticketOpened("#1"));
        String text = "I want to talk to a human.\nMy card was declined in Lisbon, twice, at two different shops,\n\n"
                + "and I need it working today because I am travelling. " + "More detail. ".repeat(20);

        agent.respond(new AgentRequest(text, CUSTOMER_42));

        JsonObject arguments = tools.calls.get(0).call().arguments();
        String subject = arguments.getString("subject");
        assertThat(subject).hasSizeLessThanOrEqualTo(80).doesNotContain("\n").endsWith("...")
                .startsWith("I want to talk to a human. My card was declined");
        assertThat(arguments.getString("description")).isEqualTo(text);
        assertThat(arguments.keySet()).containsExactlyInAnyOrder("subject", "description");
    }

    @Test
    void keepsASubjectOfExactlyEightyCharactersWhole() {
        tools.answer("open_ticket", call -> ticketOpened("#1"));
        String text = ("talk to a human " + "x".repeat(80)).substring(0, 80);

        agent.respond(new AgentRequest(text, CUSTOMER_42));

        assertThat(tools.calls.get(0).call().arguments().getString("subject")).isEqualTo(text);
    }

    @Test
    void replacesLineBreaksInAShortSubject() {
        tools.answer("open_ticket", call -> ticketOpened("#1"));

        agent.respond(new AgentRequest("Card declined\n\nplease let me talk to a human", CUSTOMER_42));

        JsonObject arguments = tools.calls.get(0).call().arguments();
        assertThat(arguments.getString("subject")).isEqualTo("Card declined  please let me talk to a human");
        assertThat(arguments.getString("description")).isEqualTo("Card declined\n\nplease let me talk to a human");
    }

    private static List<String> names(AgentReply reply) {
        return reply.toolInvocations().stream().map(ToolInvocation::call).map(ToolCall::name).toList();
    }

    private static ToolResult ticketOpened(String number) {
        return ToolResult.ok("Opened ticket " + number + ".",
                Json.createObjectBuilder().add("ticketId", 1).add("ticketNumber", number).add("status", "OPEN").build());
    }

    /** The hit with the calibrated {@code confidence} the knowledge tool adds, as the real policy reads it. */
    private static JsonObject confident(JsonObject hit, double confidence) {
        return Json.createObjectBuilder(hit).add("confidence", confidence).build();
    }

    /** Records every call; answers per tool name, and fails the test on a tool it was not told about. */
    private static final class FakeTools implements ToolInvoker {
        record Recorded(ToolCall call, ToolContext context) {
        }

        final List<Recorded> calls = new ArrayList<>();
        private final Map<String, Function<ToolCall, ToolResult>> answers = new HashMap<>();

        void answer(String tool, Function<ToolCall, ToolResult> answer) {
            answers.put(tool, answer);
        }

        List<String> toolNames() {
            return calls.stream().map(recorded -> recorded.call().name()).toList();
        }

        @Override
        public ToolResult invoke(ToolCall call, ToolContext context) {
            calls.add(new Recorded(call, context));
            Function<ToolCall, ToolResult> answer = answers.get(call.name());
            if (answer == null) {
                throw new AssertionError("unexpected tool call " + call);
            }
            return answer.apply(call);
        }
    }

    @Test
    void asksWhichArticleWhenTwoAreEquallyConfidentAndAnswersTheChoiceOnTheNextTurnWithoutSearching() {
        tools.answer("search_knowledge_base", call -> result(
                confident(hit("kb-lock", "Lock your card", "", PASSAGE, 20.0), 0.55),
                confident(hit("kb-new", "Order a new card", "Damaged cards", "We post a new card within 5 days.", 18.0), 0.5),
                confident(hit("kb-fees", "Card fees", "", "Replacement cards are free.", 9.0), 0.1)));

        AgentReply question = agent.respond(new AgentRequest("my card is broken", CUSTOMER_42));

        assertThat(question.knowledge()).isInstanceOf(KnowledgeDecision.Clarify.class);
        assertThat(question.content().choices()).extracting(ReplyContent.ReplyChoice::label)
                .containsExactly("Lock your card", "Order a new card");
        assertThat(question.text()).contains("1. Lock your card", "2. Order a new card");
        assertThat(question.offeredChoices()).extracting(KnowledgeCitation::documentId).containsExactly("kb-lock", "kb-new");
        assertThat(question.outcome()).isEqualTo(AgentReply.Outcome.ANSWERED);

        tools.calls.clear();
        AgentReply answer = agent.respond(new AgentRequest("2", CUSTOMER_42, List.of(), question.agentName(),
                question.offeredChoices()));

        assertThat(tools.toolNames()).isEmpty();
        assertThat(answer.knowledge()).isInstanceOf(KnowledgeDecision.Answer.class);
        assertThat(((KnowledgeDecision.Answer) answer.knowledge()).citation().documentId()).isEqualTo("kb-new");
        assertThat(answer.text()).contains("We post a new card within 5 days.", "Order a new card — Damaged cards");
        assertThat(answer.offeredChoices()).isEmpty();
    }

    @Test
    void aReplyThatPicksNoOptionIsANewQuestion() {
        tools.answer("search_knowledge_base", call -> result(hit("kb-9", "App problems", "", PASSAGE, 20.0)));
        List<KnowledgeCitation> pending = List.of(
                new KnowledgeCitation("kb-lock", "Lock your card", "", "Lock.", "", 0.7),
                new KnowledgeCitation("kb-new", "Order a new card", "", "New.", "", 0.6));

        AgentReply reply = agent.respond(new AgentRequest("the app keeps crashing when I log in", CUSTOMER_42,
                List.of(), "knowledge", pending));

        assertThat(tools.toolNames()).contains("search_knowledge_base");
        assertThat(((KnowledgeDecision.Answer) reply.knowledge()).citation().documentId()).isEqualTo("kb-9");
    }
}
