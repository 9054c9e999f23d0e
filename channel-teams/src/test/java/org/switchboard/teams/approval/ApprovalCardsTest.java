package org.switchboard.teams.approval;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.teams.activity.TeamsRefs;

class ApprovalCardsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00.123Z");
    private static final String ARGS = "{\"order_id\":\"W123\",\"amount\":812.5,\"reason\":\"<b>broken</b> *item*\"}";

    @Test
    void thePendingCardShowsTheExactCallAndOffersApproveAndDenyWithTheRequestId() {
        JsonObject card = ApprovalCards.pending(request(42, ARGS));

        assertThat(card.getString("type")).isEqualTo("AdaptiveCard");
        assertThat(card.getString("version")).isEqualTo("1.4");
        assertThat(card.getString("$schema")).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        List<JsonObject> actions = card.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(actions).hasSize(2);
        assertThat(actions).extracting(a -> a.getString("type")).containsOnly("Action.Execute");
        assertThat(actions).extracting(a -> a.getString("verb")).containsExactly("approve", "deny");
        assertThat(actions).extracting(a -> a.getJsonObject("data").getJsonNumber("approvalId").longValueExact())
                .containsExactly(42L, 42L);

        Map<String, String> facts = facts(card);
        assertThat(facts).containsEntry("Tool", "refund_order")
                .containsEntry("Customer", "#7")
                .containsEntry("Conversation", "#9 (TEAMS)")
                .containsEntry("Requested", "2026-11-23T10:00:00Z")
                .containsEntry("Expires", "2026-11-23T11:00:00Z");
        JsonObject arguments = Json.createReader(new StringReader(texts(card).get(2))).readObject();
        assertThat(arguments).isEqualTo(Json.createReader(new StringReader(ARGS)).readObject());
        assertThat(texts(card).get(0)).isEqualTo("Approval request #42: refund_order");
    }

    /** Issue 19: what anyone but an approver in the approvers' conversation sees on refresh. */
    @Test
    void theOutcomeOnlyCardShowsNoToolArgumentsOrCustomer() {
        ApprovalRequest request = request(44, ARGS);
        JsonObject pending = ApprovalCards.outcomeOnly(request, NOW);
        assertThat(pending.containsKey("actions")).isFalse();
        assertThat(pending.toString()).contains("Request #44", "Waiting for a decision by an approver.")
                .doesNotContain("refund_order", "W123", "812.5", "Customer", "#7", "#9");
        assertThat(pending.getJsonObject("refresh")).isNotNull();

        request.deny("teams:c5e99701", NOW.plusSeconds(60), "not eligible");
        assertThat(ApprovalCards.outcomeOnly(request, NOW.plusSeconds(61)).toString())
                .contains("Denied by teams:c5e99701").doesNotContain("refund_order", "W123");
    }

    @Test
    void aDecidedRequestGetsTheOutcomeAndNoActions() {
        ApprovalRequest request = request(43, ARGS);
        request.deny("teams:c5e99701", NOW.plusSeconds(60), "not eligible");

        JsonObject card = ApprovalCards.decided(request, NOW.plusSeconds(61));

        assertThat(card.containsKey("actions")).isFalse();
        assertThat(texts(card)).last().asString()
                .isEqualTo("Denied by teams:c5e99701 at 2026-11-23T10:01:00Z: not eligible");
        assertThat(ApprovalCards.decided(request(44, ARGS), NOW.plusSeconds(3601)).toString())
                .contains("Expired at 2026-11-23T11:00:00Z without a decision.");
    }

    @Test
    void everyCardAsksForARefreshAndTheRefreshedViewDependsOnTheViewerAndTheState() {
        ApprovalRequest request = request(46, ARGS);
        JsonObject refresh = Json.createObjectBuilder().add("action", Json.createObjectBuilder()
                .add("type", "Action.Execute").add("verb", "refresh")
                .add("data", Json.createObjectBuilder().add("approvalId", 46))).build();
        assertThat(ApprovalCards.pending(request).getJsonObject("refresh")).isEqualTo(refresh);

        assertThat(ApprovalCards.view(request, true, NOW)).isEqualTo(ApprovalCards.pending(request));
        JsonObject bystander = ApprovalCards.view(request, false, NOW);
        assertThat(bystander.containsKey("actions")).isFalse();
        assertThat(bystander.getJsonObject("refresh")).isEqualTo(refresh);
        assertThat(texts(bystander)).last().isEqualTo("Waiting for a decision by an approver.");

        request.approve("teams:c5e99701", NOW.plusSeconds(5), null);
        request.recordResult(true, "Order W123 was refunded.");
        JsonObject decided = ApprovalCards.view(request, true, NOW.plusSeconds(6));
        assertThat(decided.containsKey("actions")).isFalse();
        assertThat(decided.getJsonObject("refresh")).isEqualTo(refresh);
        assertThat(texts(decided)).last().isEqualTo("Approved by teams:c5e99701 at 2026-11-23T10:00:05Z; the call ran.");
        JsonObject expired = ApprovalCards.view(request(47, ARGS), true, NOW.plusSeconds(3601));
        assertThat(expired.containsKey("actions")).isFalse();
        assertThat(texts(expired)).last().isEqualTo("Expired at 2026-11-23T11:00:00Z without a decision.");
    }

    @Test
    void veryLongArgumentsAreCutWithANote() {
        String args = "{\"note\":\"" + "x".repeat(5000) + "\"}";
        String shown = texts(ApprovalCards.pending(request(45, args))).get(2);
        assertThat(shown).hasSizeLessThan(ApprovalCards.MAX_ARGUMENTS + 40)
                .startsWith("{\"note\":\"xxx").endsWith("(cut; 5011 characters)");
    }

    @Test
    void theActivityCarriesTheCardAsAnAdaptiveCardAttachment() {
        JsonObject card = ApprovalCards.pending(request(42, ARGS));
        JsonObject activity = ApprovalCards.activity("19:approvers@thread.tacv2", card, "Approval request #42: refund_order");

        assertThat(activity.getString("type")).isEqualTo("message");
        assertThat(activity.getJsonObject("conversation").getString("id")).isEqualTo("19:approvers@thread.tacv2");
        assertThat(activity.getString("summary")).isEqualTo("Approval request #42: refund_order");
        List<JsonObject> attachments = activity.getJsonArray("attachments").getValuesAs(JsonObject.class);
        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.getString("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");
            assertThat(a.getJsonObject("content")).isEqualTo(card);
        });
    }

    @Test
    void theOutboxAddressIsRecognisedAndCarriesTheTarget() {
        ConversationRef ref = ApprovalCardRef.of("https://smba.trafficmanager.net/emea/", "19:a@thread.tacv2", 42);

        assertThat(ref.channel()).isEqualTo(Channel.TEAMS);
        assertThat(ApprovalCardRef.isApprovalCard(ref)).isTrue();
        assertThat(ref.attribute(ApprovalCardRef.APPROVAL_ID)).isEqualTo("42");
        assertThat(ref.attribute(TeamsRefs.SERVICE_URL)).isEqualTo("https://smba.trafficmanager.net/emea/");
        assertThat(ref.attribute(TeamsRefs.CONVERSATION_ID)).isEqualTo("19:a@thread.tacv2");
        assertThat(ApprovalCardRef.isApprovalCard(new ConversationRef(Channel.TEAMS, "19:a@thread.tacv2",
                Map.of(TeamsRefs.CONVERSATION_ID, "19:a@thread.tacv2")))).isFalse();
    }

    private static Map<String, String> facts(JsonObject card) {
        return card.getJsonArray("body").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("type").equals("FactSet"))
                .flatMap(b -> b.getJsonArray("facts").getValuesAs(JsonObject.class).stream())
                .collect(Collectors.toMap(f -> f.getString("title"), f -> f.getString("value")));
    }

    private static List<String> texts(JsonObject card) {
        return card.getJsonArray("body").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("type").equals("TextBlock"))
                .map(b -> b.getString("text")).toList();
    }

    private static ApprovalRequest request(long id, String args) {
        ApprovalRequest request = new ApprovalRequest(new ToolCall("refund_order",
                Json.createReader(new StringReader(args)).readObject()),
                new ToolContext(new CustomerId(7), new ConversationId(9), Channel.TEAMS), NOW, NOW.plusSeconds(3600));
        try {
            Field field = ApprovalRequest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(request, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return request;
    }
}
