package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ApprovalSteps.conversationOf;
import static org.switchboard.server.it.ApprovalSteps.freshOrder;
import static org.switchboard.server.it.ApprovalSteps.parse;
import static org.switchboard.server.it.ApprovalSteps.runs;
import static org.switchboard.server.it.ApprovalSteps.trigger;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.teams;
import static org.switchboard.server.it.TeamsActivities.APPROVER;
import static org.switchboard.server.it.TeamsActivities.approversConversation;
import static org.switchboard.server.it.TeamsActivities.cardAction;
import static org.switchboard.server.it.TeamsActivities.conversationId;
import static org.switchboard.server.it.TeamsActivities.customerMessage;
import static org.switchboard.server.it.TeamsActivities.freshPerson;
import static org.switchboard.server.it.TeamsActivities.postSigned;
import static org.switchboard.server.it.TeamsActivities.replies;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.teamsapi.CapturedActivity;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ConversationRefCodec;
import org.switchboard.teams.activity.TeamsRefs;

/**
 * Teams across an application restart (undeploy, then deploy again: every in-memory queue, executor, cache and Bot
 * Connector token is gone, only MariaDB stays): the reply the Bot Connector refused before is delivered exactly once
 * after, from the conversation reference stored with it; the same activity delivered again after the restart is not
 * answered twice; and a refund held before the restart and approved from the approvers' Adaptive Card after it
 * reaches the customer's Teams conversation once. The Bot Connector is the Bot Framework stand-in of
 * {@link ItEnvironment#teams()}; the model turn that holds the refund is stood in for by {@link ApprovalTriggerResource}.
 */
@ExtendWith(ArquillianExtension.class)
class TeamsRestartIT {

    private static final String APP = "teams-restartable";
    private static final String ENDPOINT = "/api/messages";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String OUTBOX_OF_ACTIVITY = "SELECT o.%s FROM outbox_entries o JOIN inbox_entries i"
            + " ON o.inbox_entry_id = i.id WHERE i.channel = 'TEAMS' AND i.external_id = ?";

    @ArquillianResource
    Deployer deployer;

    /**
     * Deployed by the first test (or shared with the class before), restarted where a test asks, left to Arquillian
     * when the class ends ({@link DeploymentReuse}).
     */
    private static Restartable app;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        teams();
        return ItEnvironment.war().addClasses(ApprovalTestPlugin.class, ApprovalTriggerResource.class);
    }

    @AfterEach
    void clearStandIns() {
        teams().clear();
    }

    @Test
    void aReplyTheConnectorRefusedBeforeARestartIsDeliveredOnceAfterItToTheStoredConversationReference() {
        deploy();
        teams().failNext(10_000, 503, null);
        JsonObject message = customerMessage("How do I dispute a card transaction?", freshPerson());
        String id = message.getString("id");
        String key = TeamsActivities.inboxId(message);
        String conversation = conversationId(message);
        assertThat(postSigned(message).statusCode()).isEqualTo(200);

        await().atMost(WAIT).until(() -> column(OUTBOX_OF_ACTIVITY.formatted("attempts"), key).stream()
                .anyMatch(a -> Integer.parseInt(a) >= 1));
        assertThat(column(OUTBOX_OF_ACTIVITY.formatted("status"), key)).containsExactly("PENDING");
        assertThat(teams().rejectedAttempts()).isNotEmpty();
        assertThat(teams().activitiesFor(conversation)).isEmpty();
        ConversationRef stored = ConversationRefCodec.fromJson(
                column(OUTBOX_OF_ACTIVITY.formatted("conversation_ref"), key).get(0));
        assertThat(stored.attribute(TeamsRefs.SERVICE_URL)).isEqualTo(message.getString("serviceUrl"));
        assertThat(stored.attribute(TeamsRefs.CONVERSATION_ID)).isEqualTo(conversation);
        assertThat(stored.attribute(TeamsRefs.ACTIVITY_ID)).isEqualTo(id);

        int tokensBefore = teams().tokensIssued();
        app.restart(ENDPOINT, () -> teams().clear());
        await().atMost(WAIT).until(() -> teams().activitiesFor(conversation).size() >= 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> teams().activitiesFor(conversation).size() == 1);
        CapturedActivity reply = teams().activitiesFor(conversation).get(0);
        assertThat(reply.replyToId()).as("posted to .../activities/{the customer's activity id}").isEqualTo(id);
        assertThat(reply.bodyReplyToId()).isEqualTo(id);
        assertThat(reply.activity().get("serviceUrl")).isEqualTo(message.getString("serviceUrl"));
        assertThat(reply.activity().get("type")).isEqualTo("message");
        assertThat(reply.text()).isNotBlank();
        assertThat(reply.bearerToken()).startsWith("standin-token-");
        assertThat(teams().tokensIssued()).as("a Bot Connector token fetched anew after the restart")
                .isGreaterThan(tokensBefore);
        assertThat(teams().rejectedAttempts()).isEmpty();
        assertThat(column(OUTBOX_OF_ACTIVITY.formatted("status"), key)).containsExactly("DELIVERED");

        assertThat(postSigned(message).statusCode()).as("Teams delivers the activity again").isEqualTo(200);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> teams().activitiesFor(conversation).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE channel = 'TEAMS' AND external_id = ?", key))
                .isEqualTo(1);
    }

    @Test
    void theSameActivityDeliveredAgainAfterARestartIsNotAnsweredTwice() {
        deploy();
        JsonObject message = customerMessage("thank you", freshPerson());
        String id = message.getString("id");
        String key = TeamsActivities.inboxId(message);
        assertThat(postSigned(message).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> replies(id).size() == 1);

        app.restart(ENDPOINT, () -> { });
        assertThat(postSigned(message).statusCode()).isEqualTo(200);
        assertThat(postSigned(message).statusCode()).isEqualTo(200);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> replies(id).size() == 1);
        assertThat(teams().activitiesFor(conversationId(message))).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE channel = 'TEAMS' AND external_id = ?", key))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox_entries o JOIN inbox_entries i ON o.inbox_entry_id = i.id"
                + " WHERE i.channel = 'TEAMS' AND i.external_id = ?", key)).isEqualTo(1);
    }

    @Test
    void aRefundHeldBeforeARestartAndApprovedFromTheCardAfterItReachesTheCustomersTeamsConversationOnce() {
        deploy();
        JsonObject message = customerMessage("Thank you!", freshPerson());
        String conversation = conversationId(message);
        assertThat(postSigned(message).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> replies(message.getString("id")).size() == 1);
        String order = freshOrder();

        JsonObject held = trigger(conversationOf(TeamsActivities.inboxId(message)), order, 812);
        long approvalId = held.getJsonObject("data").getJsonNumber("approvalId").longValue();
        await().atMost(WAIT).until(() -> teams().activitiesFor(conversation).size() == 2);
        assertThat(teams().activitiesFor(conversation).get(1).text())
                .contains("Approval request #" + approvalId + " is pending");
        assertThat(runs(order)).isZero();

        app.restart(ENDPOINT, () -> teams().clear());

        JsonObject approve = cardAction(approversConversation(), "approve", approvalId, APPROVER);
        HttpResponse<String> decided = postSigned(approve);
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(parse(decided.body()).getInt("statusCode")).as(decided.body()).isEqualTo(200);
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", approvalId)).containsExactly("APPROVED");
        assertThat(runs(order)).isEqualTo(1);

        String result = "Order " + order + " was refunded $812.";
        await().atMost(WAIT).until(() -> teams().activitiesFor(conversation).size() >= 1);
        assertThat(parse(postSigned(approve).body()).getString("type")).as("the same button pressed again")
                .isEqualTo("application/vnd.microsoft.error");
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> teams().activitiesFor(conversation).size() == 1);
        List<CapturedActivity> told = teams().activitiesFor(conversation);
        assertThat(told).singleElement().satisfies(a -> {
            assertThat(a.text()).contains("approved").contains(result);
            assertThat(a.activity().get("serviceUrl")).isEqualTo(message.getString("serviceUrl"));
            assertThat(a.bearerToken()).startsWith("standin-token-");
        });
        assertThat(runs(order)).isEqualTo(1);
        assertThat(column("SELECT decided_by FROM approval_requests WHERE id = ?", approvalId))
                .containsExactly("teams:" + APPROVER);
    }

    private void deploy() {
        if (app == null) {
            app = new Restartable(deployer, APP);
        }
        app.deploy();
        teams().clear();
    }
}
