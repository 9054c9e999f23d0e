package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.postActivity;
import static org.switchboard.server.it.ItEnvironment.teams;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.teamsapi.CapturedActivity;
import org.switchboard.bench.teamsapi.TestTokenSigner;

/**
 * The Teams path end to end: real Bot Framework activities (test-fixtures/teams) posted to {@code /api/messages}
 * with JWTs signed by a local test key whose OpenID metadata and JWKS the Bot Framework stand-in serves; replies
 * captured by the stand-in's Bot Connector; state checked in MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class TeamsChannelIT {

    private static final Duration REPLY_WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String APP_ID = System.getProperty("it.teams.app.id");
    private static final String APPROVER = TeamsActivities.APPROVER;
    private static final String APPROVER_CONVERSATION = TeamsActivities.APPROVER_CONVERSATION;
    private static final Path FIXTURES = Path.of(System.getProperty("it.teams.fixtures", "../test-fixtures/teams"));

    /** Real message activities that carry an id, a serviceUrl and a sender other than the bot: each is answered. */
    private static final List<String> ANSWERED_MESSAGES = List.of(
            "activities/message/bots-conversations-L112.json",
            "activities/message/conversation-messages-L72.json",
            "activities/message/teamsnet_TeamsActivityTests-L223.json",
            "activities/message/teamsnet_MessageActivityTests-L105.json");

    @Deployment(testable = false)
    static WebArchive deployment() {
        teams();
        return ItEnvironment.war().addClasses(ApprovalTestPlugin.class, ApprovalTriggerResource.class);
    }

    @BeforeEach
    void clearConnector() {
        teams().clear();
    }

    @Test
    void everyRealMessageGetsExactlyOneReplyToItsActivityInItsConversation() {
        List<JsonObject> posted = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES.resolve("customer-messages"))) {
            for (Path file : files.sorted().toList()) {
                posted.add(fresh(read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(posted).hasSize(80);
        for (String file : ANSWERED_MESSAGES) {
            posted.add(fresh(read(FIXTURES.resolve(file))));
        }
        for (JsonObject activity : posted) {
            HttpResponse<String> response = postSigned(activity);
            assertThat(response.statusCode()).as(activity.getString("id")).isEqualTo(200);
        }

        Map<String, JsonObject> byId = posted.stream().collect(Collectors.toMap(a -> a.getString("id"), Function.identity()));
        await().atMost(REPLY_WAIT).until(() -> repliesTo(byId).size() >= posted.size());
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> repliesTo(byId).size() == posted.size());

        Map<String, List<CapturedActivity>> byReplyTo = repliesTo(byId).stream()
                .collect(Collectors.groupingBy(CapturedActivity::replyToId));
        assertThat(byReplyTo.keySet()).isEqualTo(byId.keySet());
        for (Map.Entry<String, List<CapturedActivity>> e : byReplyTo.entrySet()) {
            JsonObject inbound = byId.get(e.getKey());
            assertThat(e.getValue()).as(e.getKey()).singleElement().satisfies(reply -> {
                assertThat(reply.conversationId()).isEqualTo(inbound.getJsonObject("conversation").getString("id"));
                assertThat(reply.bodyReplyToId()).isEqualTo(inbound.getString("id"));
                assertThat(reply.text()).isNotBlank();
                assertThat(reply.bearerToken()).startsWith("standin-token-");
                assertThat(reply.activity().get("type")).isEqualTo("message");
            });
            assertThat(column("SELECT status FROM inbox_entries WHERE channel='TEAMS' AND external_id=?",
                    TeamsActivities.inboxId(inbound))).containsExactly("DONE");
            assertThat(count("SELECT COUNT(*) FROM outbox_entries o JOIN inbox_entries i ON o.inbox_entry_id=i.id"
                    + " WHERE i.channel='TEAMS' AND i.external_id=? AND o.status='DELIVERED'",
                    TeamsActivities.inboxId(inbound))).isEqualTo(1);
        }
        JsonObject mention = byId.values().stream()
                .filter(a -> a.getString("text", "").startsWith("<at>ridotest</at>")).findFirst().orElseThrow();
        assertThat(column("SELECT text FROM inbox_entries WHERE channel='TEAMS' AND external_id=?",
                TeamsActivities.inboxId(mention)))
                .containsExactly("reply to thread");
        JsonObject customer = posted.get(0);
        assertThat(column("SELECT sender_id FROM inbox_entries WHERE channel='TEAMS' AND external_id=?",
                TeamsActivities.inboxId(customer))).containsExactly("-:" + customer.getJsonObject("from").getString("aadObjectId"));
    }

    @Test
    void theSameActivityDeliveredThreeTimesIsStoredAndAnsweredOnce() {
        JsonObject activity = fresh(read(FIXTURES.resolve("customer-messages/msg-001-personal-exchange_charge.json")));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(postSigned(activity).statusCode()).isEqualTo(200);
        }
        String id = activity.getString("id");
        await().atMost(REPLY_WAIT).until(() -> replies(id).size() >= 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> replies(id).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE channel='TEAMS' AND external_id=?",
                TeamsActivities.inboxId(activity))).isEqualTo(1);

        // issue 19: Teams activity ids are unique per conversation only; the same id in another conversation is news
        JsonObject elsewhere = Json.createObjectBuilder(activity).add("conversation", Json.createObjectBuilder(
                activity.getJsonObject("conversation")).add("id", "a:it-" + UUID.randomUUID())).build();
        assertThat(postSigned(elsewhere).statusCode()).isEqualTo(200);
        await().atMost(REPLY_WAIT).until(() -> teams().activitiesFor(TeamsActivities.conversationId(elsewhere)).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE channel='TEAMS' AND external_id=?",
                TeamsActivities.inboxId(elsewhere))).isEqualTo(1);
    }

    @Test
    void requestsWithoutAValidTokenAreRefusedAndNothingIsStored() {
        TestTokenSigner signer = teams().signer();
        TestTokenSigner stranger = TestTokenSigner.generate("it-key-unknown");
        JsonObject activity = fresh(read(FIXTURES.resolve("customer-messages/msg-002-channel-exchange_charge.json")));
        String serviceUrl = activity.getString("serviceUrl");
        Instant now = Instant.now();
        Map<String, String> tokens = Map.of(
                "wrong issuer", signer.sign(claims("https://sts.windows.net/not-the-bot-framework/", APP_ID, serviceUrl,
                        now.plusSeconds(300))),
                "wrong audience", signer.sign(claims(TestTokenSigner.ISSUER, "another-app", serviceUrl, now.plusSeconds(300))),
                "expired", signer.sign(claims(TestTokenSigner.ISSUER, APP_ID, serviceUrl, now.minusSeconds(600))),
                "unknown key", stranger.sign(APP_ID, serviceUrl),
                "serviceurl mismatch", signer.sign(APP_ID, "https://smba.trafficmanager.net/amer/"),
                "not a JWT", "not-a-jwt");
        assertThat(postActivity(activity.toString(), null).statusCode()).as("missing").isEqualTo(401);
        tokens.forEach((name, token) ->
                assertThat(postActivity(activity.toString(), "Bearer " + token).statusCode()).as(name).isEqualTo(401));
        assertThat(postActivity("{not json", "Bearer " + signer.sign(APP_ID, serviceUrl)).statusCode())
                .as("signed, but the body has no serviceUrl").isEqualTo(401);

        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE channel='TEAMS' AND external_id=?",
                TeamsActivities.inboxId(activity))).isZero();
        assertThat(postSigned(activity).statusCode()).as("valid").isEqualTo(200);
        await().atMost(REPLY_WAIT).until(() -> replies(activity.getString("id")).size() == 1);
    }

    @Test
    void theBotIsWelcomedOnceWhenAddedAndReactionsAndOtherInvokesGetNoReply() {
        JsonObject added = fresh(read(FIXTURES.resolve(
                "activities/conversationUpdate-teamMemberAdded/subscribe-to-conversation-events-L477.json")));
        String conversation = added.getJsonObject("conversation").getString("id");
        assertThat(postSigned(added).statusCode()).isEqualTo(200);
        await().atMost(REPLY_WAIT).until(() -> teams().activitiesFor(conversation).size() == 1);
        CapturedActivity welcome = teams().activitiesFor(conversation).get(0);
        assertThat(welcome.replyToId()).isNull();
        assertThat(welcome.text()).contains("support assistant");

        JsonObject addedAgain = Json.createObjectBuilder(added).add("id", "f:" + UUID.randomUUID()).build();
        assertThat(postSigned(addedAgain).statusCode()).isEqualTo(200);
        JsonObject reaction = fresh(read(FIXTURES.resolve("activities/messageReaction/bots-notifications-L456.json")));
        assertThat(postSigned(reaction).statusCode()).isEqualTo(200);
        JsonObject query = fresh(read(FIXTURES.resolve(
                "activities/invoke-composeExtension_query/teamsnet_QueryMEActivity.json")));
        assertThat(postSigned(query).statusCode()).isEqualTo(501);

        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> teams().activitiesFor(conversation).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE channel='TEAMS' AND external_id IN (?,?,?)",
                TeamsActivities.inboxId(reaction), TeamsActivities.inboxId(query), TeamsActivities.inboxId(added)))
                .isZero();
    }

    @Test
    void aRateLimitedReplyIsDeliveredAfterRetryAfter() {
        teams().failNext(1, 429, 2L);
        JsonObject activity = fresh(read(FIXTURES.resolve("customer-messages/msg-003-personal-top_up_by_bank_transfer_charge.json")));
        assertThat(postSigned(activity).statusCode()).isEqualTo(200);
        String id = activity.getString("id");
        await().atMost(REPLY_WAIT).until(() -> replies(id).size() == 1);
        assertThat(teams().rejectedAttempts()).hasSize(1);
        assertThat(Duration.between(teams().rejectedAttempts().get(0), replies(id).get(0).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void anApproverApprovesFromTheAdaptiveCardAndTheCustomerGetsTheResult() {
        JsonObject message = alone(fresh(read(FIXTURES.resolve("activities/message/bots-conversations-L112.json"))));
        assertThat(postSigned(message).statusCode()).isEqualTo(200);
        await().atMost(REPLY_WAIT).until(() -> replies(message.getString("id")).size() == 1);
        long conversation = ApprovalSteps.conversationOf(TeamsActivities.inboxId(message));
        String order = "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        HttpResponse<String> held = send("/api/it/conversations/" + conversation + "/refund?order=" + order + "&amount=812");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        long approvalId = parse(held.body()).getJsonObject("data").getJsonNumber("approvalId").longValue();

        JsonObject invoke = TeamsActivities.cardAction(message.getJsonObject("conversation"), "approve", approvalId,
                APPROVER);
        JsonObject stranger = TeamsActivities.cardAction(message.getJsonObject("conversation"), "approve", approvalId,
                UUID.randomUUID().toString());
        HttpResponse<String> refused = postSigned(stranger);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(parse(refused.body()).getString("type")).isEqualTo("application/vnd.microsoft.error");
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", approvalId)).containsExactly("PENDING");

        JsonObject otherTenant = Json.createObjectBuilder(invoke)
                .add("id", "f:" + UUID.randomUUID())
                .add("conversation", Json.createObjectBuilder(message.getJsonObject("conversation"))
                        .add("tenantId", "0badc0de-0000-4000-8000-00000000a77a"))
                .add("channelData", Json.createObjectBuilder(invoke.getJsonObject("channelData"))
                        .add("tenant", Json.createObjectBuilder().add("id", "0badc0de-0000-4000-8000-00000000a77a")))
                .build();
        JsonObject foreign = parse(postSigned(otherTenant).body());
        assertThat(foreign.getString("type")).as("issue 19: the approver's object id from another tenant")
                .isEqualTo("application/vnd.microsoft.error");
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", approvalId)).containsExactly("PENDING");
        assertThat(column("SELECT details FROM audit_entries WHERE action = 'teams.approval-refused' AND subject = ?",
                "approval:" + approvalId)).anySatisfy(d -> assertThat(d).contains("approve refused: the activity comes"
                + " from a tenant that is not an approver tenant").contains("0badc0de-0000-4000-8000-00000000a77a"));

        HttpResponse<String> decided = postSigned(invoke);
        assertThat(decided.statusCode()).isEqualTo(200);
        JsonObject response = parse(decided.body());
        assertThat(response.getInt("statusCode")).isEqualTo(200);
        assertThat(response.getString("type")).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(response.getJsonObject("value").getString("type")).isEqualTo("AdaptiveCard");
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", approvalId)).containsExactly("APPROVED");
        assertThat(column("SELECT decided_by FROM approval_requests WHERE id = ?", approvalId))
                .containsExactly("teams:" + APPROVER);
        String conversationId = message.getJsonObject("conversation").getString("id");
        await().atMost(REPLY_WAIT).until(() -> teams().activitiesFor(conversationId).stream()
                .anyMatch(a -> a.text() != null && a.text().contains("Order " + order + " was refunded $812.")));

        HttpResponse<String> again = postSigned(invoke);
        assertThat(parse(again.body()).getString("type")).isEqualTo("application/vnd.microsoft.error");
    }

    @Test
    void aHeldCallPostsOneAdaptiveCardToTheApproversAndItsApproveActionRunsTheCallOnce() {
        JsonObject message = alone(fresh(read(FIXTURES.resolve("activities/message/conversation-messages-L72.json"))));
        assertThat(postSigned(message).statusCode()).isEqualTo(200);
        await().atMost(REPLY_WAIT).until(() -> replies(message.getString("id")).size() == 1);
        long conversation = ApprovalSteps.conversationOf(TeamsActivities.inboxId(message));
        String order = ApprovalSteps.freshOrder();
        HttpResponse<String> held = send("/api/it/conversations/" + conversation + "/refund?order=" + order + "&amount=645");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        long approvalId = parse(held.body()).getJsonObject("data").getJsonNumber("approvalId").longValue();

        await().atMost(REPLY_WAIT).until(() -> cardsFor(approvalId).size() >= 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> cardsFor(approvalId).size() == 1);
        CapturedActivity posted = cardsFor(approvalId).get(0);
        assertThat(posted.replyToId()).isNull();
        assertThat(posted.bearerToken()).startsWith("standin-token-");
        JsonObject card = card(posted);
        assertThat(card.getString("type")).isEqualTo("AdaptiveCard");
        assertThat(card.getString("version")).isEqualTo("1.4");
        assertThat(card.toString()).contains(ApprovalTestPlugin.TOOL).contains(order).contains("#" + conversation);
        List<JsonObject> actions = card.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(actions).extracting(a -> a.getString("type")).containsExactly("Action.Execute", "Action.Execute");
        assertThat(actions).extracting(a -> a.getString("verb")).containsExactly("approve", "deny");
        assertThat(actions).extracting(a -> a.getJsonObject("data").getJsonNumber("approvalId").longValueExact())
                .containsExactly(approvalId, approvalId);
        assertThat(count("SELECT COUNT(*) FROM teams_approval_cards WHERE approval_id = ? AND conversation_id = ?",
                approvalId, APPROVER_CONVERSATION)).isEqualTo(1);
        assertThat(ApprovalSteps.runs(order)).isZero();
        assertThat(card.getJsonObject("refresh").getJsonObject("action").getString("verb")).isEqualTo("refresh");
        JsonObject bystanderView = parse(postSigned(refresh(approvalId, UUID.randomUUID().toString())).body());
        assertThat(bystanderView.getInt("statusCode")).isEqualTo(200);
        assertThat(bystanderView.getJsonObject("value").containsKey("actions")).isFalse();
        assertThat(bystanderView.getJsonObject("value").toString()).contains("Waiting for a decision by an approver.")
                .as("issue 19: a bystander sees the outcome only").doesNotContain(ApprovalTestPlugin.TOOL, order);
        JsonObject elsewhere = parse(postSigned(TeamsActivities.cardAction(Json.createObjectBuilder()
                .add("id", "a:it-" + UUID.randomUUID()).add("conversationType", "personal").build(), "refresh",
                approvalId, APPROVER)).body()).getJsonObject("value");
        assertThat(elsewhere.containsKey("actions")).as("an approver outside the approvers' conversation").isFalse();
        assertThat(elsewhere.toString()).doesNotContain(ApprovalTestPlugin.TOOL, order);
        assertThat(parse(postSigned(refresh(approvalId, APPROVER)).body()).getJsonObject("value")
                .getJsonArray("actions")).hasSize(2);

        JsonObject approve = actions.get(0);
        JsonObject invoke = Json.createObjectBuilder(TeamsActivities.cardAction(
                        TeamsActivities.approversConversation(), "approve", approvalId, APPROVER))
                .add("value", Json.createObjectBuilder()
                        .add("action", Json.createObjectBuilder().add("type", approve.getString("type"))
                                .add("verb", approve.getString("verb")).add("data", approve.getJsonObject("data")))
                        .add("trigger", "manual"))
                .build();
        HttpResponse<String> decided = postSigned(invoke);
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(parse(decided.body()).getInt("statusCode")).isEqualTo(200);
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", approvalId)).containsExactly("APPROVED");
        assertThat(ApprovalSteps.runs(order)).isEqualTo(1);
        assertThat(parse(postSigned(invoke).body()).getString("type")).isEqualTo("application/vnd.microsoft.error");
        assertThat(ApprovalSteps.runs(order)).isEqualTo(1);
        assertThat(cardsFor(approvalId)).hasSize(1);
        JsonObject decidedView = parse(postSigned(refresh(approvalId, APPROVER)).body()).getJsonObject("value");
        assertThat(decidedView.containsKey("actions")).isFalse();
        assertThat(decidedView.toString()).contains("Approved by teams:" + APPROVER);
        assertThat(ApprovalSteps.runs(order)).isEqualTo(1);
    }

    /** @return the {@code adaptiveCard/action} invoke Teams sends when the approvers' card is shown to a user */
    private static JsonObject refresh(long approvalId, String aadObjectId) {
        return TeamsActivities.cardAction(TeamsActivities.approversConversation(), "refresh", approvalId, aadObjectId);
    }

    /** @return the Adaptive Cards posted to the approvers' conversation whose actions name the approval request */
    private static List<CapturedActivity> cardsFor(long approvalId) {
        return teams().activitiesFor(APPROVER_CONVERSATION).stream()
                .filter(a -> a.activity().get("attachments") != null)
                .filter(a -> card(a).getJsonArray("actions") != null && card(a).getJsonArray("actions")
                        .getValuesAs(JsonObject.class).stream().allMatch(action -> action.getJsonObject("data")
                                .getJsonNumber("approvalId").longValue() == approvalId))
                .toList();
    }

    /** @return the content of the activity's only Adaptive Card attachment */
    private static JsonObject card(CapturedActivity activity) {
        JsonObject json = parse(JSONObjectUtils.toJSONString(activity.activity()));
        List<JsonObject> attachments = json.getJsonArray("attachments").getValuesAs(JsonObject.class);
        assertThat(attachments).singleElement().satisfies(a ->
                assertThat(a.getString("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive"));
        return attachments.get(0).getJsonObject("content");
    }

    /** @return the activity with a fresh id and the stand-in as its Bot Connector; a conversationUpdate also gets a fresh conversation */
    private static JsonObject fresh(JsonObject activity) {
        var builder = Json.createObjectBuilder(activity)
                .add("id", "it-" + UUID.randomUUID())
                .add("serviceUrl", teams().baseUrl());
        if ("conversationUpdate".equals(activity.getString("type"))) {
            builder.add("conversation", Json.createObjectBuilder(activity.getJsonObject("conversation"))
                    .add("id", "19:it-" + UUID.randomUUID() + "@thread.tacv2"));
        }
        return builder.build();
    }

    /**
     * @return the activity in a conversation of its own, so that what earlier tests did in the fixture's
     *         conversation (e.g. a handoff to a person, after which the bot stays quiet) does not matter
     */
    private static JsonObject alone(JsonObject activity) {
        return Json.createObjectBuilder(activity).add("conversation", Json.createObjectBuilder(
                activity.getJsonObject("conversation")).add("id", "19:it-" + UUID.randomUUID() + "@thread.tacv2")).build();
    }

    private static HttpResponse<String> postSigned(JsonObject activity) {
        return postActivity(activity.toString(), "Bearer " + teams().signer().sign(APP_ID, activity.getString("serviceUrl")));
    }

    private static JWTClaimsSet claims(String issuer, String audience, String serviceUrl, Instant expiry) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).claim("serviceurl", serviceUrl)
                .expirationTime(Date.from(expiry)).build();
    }

    private static List<CapturedActivity> repliesTo(Map<String, JsonObject> byId) {
        return teams().activities().stream().filter(a -> a.replyToId() != null && byId.containsKey(a.replyToId())).toList();
    }

    private static List<CapturedActivity> replies(String activityId) {
        return teams().activities().stream().filter(a -> activityId.equals(a.replyToId())).toList();
    }

    private static JsonObject read(Path file) {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(String path) {
        try {
            return ItEnvironment.HTTP.send(HttpRequest.newBuilder(URI.create(ItEnvironment.BASE_URL + path))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
