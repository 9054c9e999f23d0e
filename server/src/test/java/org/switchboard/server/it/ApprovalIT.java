package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ApprovalSteps.approvalsListed;
import static org.switchboard.server.it.ApprovalSteps.execute;
import static org.switchboard.server.it.ApprovalSteps.freshOrder;
import static org.switchboard.server.it.ApprovalSteps.openConversation;
import static org.switchboard.server.it.ApprovalSteps.parse;
import static org.switchboard.server.it.ApprovalSteps.runs;
import static org.switchboard.server.it.ItEnvironment.send;
import static org.switchboard.server.it.ApprovalSteps.trigger;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.slack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.CapturedMessage;

/**
 * Human approval end to end: a refund above the threshold is held instead of running and the customer is told
 * in their Slack thread; after an application restart an admin approves it through the API, the exact call runs
 * once and the result reaches the customer in the same thread; deciding again, denying (politely) and deciding
 * an expired request behave as documented. The model turn is stood in for by the test-only
 * {@link ApprovalTriggerResource}, the tool by {@link ApprovalTestPlugin}.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalIT {

    private static final String APP = "approvals";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String ADMIN = System.getProperty("it.admin.user");

    @ArquillianResource
    Deployer deployer;

    /**
     * Deployed by the first test (or shared with the class before), restarted where a test asks, left to Arquillian
     * when the class ends ({@link DeploymentReuse}).
     */
    private static Restartable app;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war().addClasses(ApprovalTestPlugin.class, ApprovalTriggerResource.class);
    }

    @AfterEach
    void clearStandIns() {
        slack().clear();
    }

    @Test
    void aHeldRefundApprovedAfterARestartRunsOnceAndTheCustomerGetsTheResultInTheirThread() {
        deploy();
        String channel = SlackPayloads.freshChannel();
        long conversation = openConversation(channel);
        String order = freshOrder();

        JsonObject held = trigger(conversation, order, 812);
        long approvalId = held.getJsonObject("data").getJsonNumber("approvalId").longValue();
        assertThat(held.getString("content")).contains("#" + approvalId).contains("pending");
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        CapturedMessage pending = slack().messagesFor(channel).get(1);
        assertThat(pending.text()).contains("Approval request #" + approvalId + " is pending");
        String thread = slack().messagesFor(channel).get(0).threadTs();
        assertThat(pending.threadTs()).isEqualTo(thread);
        assertThat(runs(order)).isZero();
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", approvalId)).containsExactly("PENDING");

        JsonObject listed = approvalsListed().stream().filter(a -> a.getJsonNumber("id").longValue() == approvalId)
                .findFirst().orElseThrow();
        assertThat(listed.getString("status")).isEqualTo("PENDING");
        assertThat(listed.getString("tool")).isEqualTo(ApprovalTestPlugin.TOOL);
        assertThat(listed.getJsonObject("arguments")).isEqualTo(Json.createObjectBuilder()
                .add("order_id", order).add("amount", 812).build());
        assertThat(listed.getJsonNumber("customerId").longValue()).isEqualTo(count(
                "SELECT customer_id FROM conversations WHERE id = ?", conversation));
        assertThat(listed.getJsonNumber("ageSeconds").longValue()).isNotNegative();
        List<Boolean> undecided = approvalsListed().stream()
                .map(a -> List.of("PENDING", "EXPIRED").contains(a.getString("status"))).toList();
        assertThat(undecided).contains(true).isSortedAccordingTo(Comparator.reverseOrder());

        restart();

        HttpResponse<String> approved = admin("POST", "/api/admin/approvals/" + approvalId + "/approve",
                "{\"reason\":\"receipt checked\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonObject decision = parse(approved.body());
        assertThat(decision.getString("status")).isEqualTo("APPROVED");
        assertThat(decision.getString("decidedBy")).isEqualTo(ADMIN);
        assertThat(decision.getString("decidedAt")).isNotBlank();
        assertThat(decision.getString("result")).isEqualTo("Order " + order + " was refunded $812.");

        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        CapturedMessage result = slack().messagesFor(channel).get(0);
        assertThat(result.text()).contains("approved").contains("Order " + order + " was refunded $812.");
        assertThat(result.threadTs()).isEqualTo(thread);
        assertThat(runs(order)).isEqualTo(1);
        assertThat(column("SELECT content FROM messages WHERE conversation_id = ? AND role = 'TOOL'"
                + " AND tool_name = ?", conversation, ApprovalTestPlugin.TOOL))
                .singleElement().satisfies(line -> assertThat(line).contains("approved by " + ADMIN)
                        .contains("ok: Order " + order));

        HttpResponse<String> again = admin("POST", "/api/admin/approvals/" + approvalId + "/approve", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(admin("POST", "/api/admin/approvals/" + approvalId + "/deny", null).statusCode()).isEqualTo(409);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(runs(order)).isEqualTo(1);
        assertThat(column("SELECT decided_by FROM approval_requests WHERE id = ?", approvalId)).containsExactly(ADMIN);
        assertThat(column("SELECT actor FROM audit_entries WHERE action = 'approval.approved' AND subject = ?",
                "approval:" + approvalId)).containsExactly(ADMIN);
    }

    @Test
    void denyingTellsTheCustomerPolitelyAndExpiredOrUnknownRequestsCannotBeDecided() {
        deploy();
        String channel = SlackPayloads.freshChannel();
        long conversation = openConversation(channel);

        String small = freshOrder();
        JsonObject ranAtOnce = trigger(conversation, small, 40);
        assertThat(ranAtOnce.getString("content")).isEqualTo("Order " + small + " was refunded $40.");
        assertThat(runs(small)).isEqualTo(1);

        String denied = freshOrder();
        long deniedId = trigger(conversation, denied, 900).getJsonObject("data").getJsonNumber("approvalId").longValue();
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 3);
        slack().clear();
        HttpResponse<String> deny = admin("POST", "/api/admin/approvals/" + deniedId + "/deny",
                "{\"reason\":\"Refunds above $500 need the original receipt.\"}");
        assertThat(deny.statusCode()).as(deny.body()).isEqualTo(200);
        assertThat(parse(deny.body()).getString("status")).isEqualTo("DENIED");
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(slack().messagesFor(channel).get(0).text()).startsWith("We are sorry")
                .contains("Refunds above $500 need the original receipt.");
        assertThat(admin("POST", "/api/admin/approvals/" + deniedId + "/approve", null).statusCode()).isEqualTo(409);
        assertThat(runs(denied)).isZero();
        assertThat(column("SELECT actor FROM audit_entries WHERE action = 'approval.denied' AND subject = ?",
                "approval:" + deniedId)).containsExactly(ADMIN);

        String expired = freshOrder();
        long expiredId = trigger(conversation, expired, 700).getJsonObject("data").getJsonNumber("approvalId").longValue();
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        execute("UPDATE approval_requests SET requested_at = requested_at - INTERVAL 8 DAY,"
                + " expires_at = expires_at - INTERVAL 8 DAY WHERE id = ?", expiredId);
        assertThat(admin("POST", "/api/admin/approvals/" + expiredId + "/approve", null).statusCode()).isEqualTo(409);
        assertThat(admin("POST", "/api/admin/approvals/" + expiredId + "/deny", null).statusCode()).isEqualTo(409);
        assertThat(runs(expired)).isZero();
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", expiredId)).containsExactly("PENDING");
        assertThat(approvalsListed()).filteredOn(a -> a.getJsonNumber("id").longValue() == expiredId)
                .singleElement().satisfies(a -> assertThat(a.getString("status")).isEqualTo("EXPIRED"));
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> slack().messagesFor(channel).size() == 2);

        assertThat(admin("POST", "/api/admin/approvals/999999999/approve", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/admin/approvals/" + expiredId + "/approve", null, null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/admin/approvals", null, null).statusCode()).isEqualTo(401);
        // Liberty regenerates the OpenAPI document in the background after a (re)deployment: poll for it.
        await().atMost(WAIT).untilAsserted(() -> assertThat(ItEnvironment.get("/openapi").body())
                .contains("/api/admin/approvals/{id}/approve", "/api/admin/approvals/{id}/deny"));
    }

    private void restart() {
        app.restart("/slack/events", () -> slack().clear());
        slack().clear();
    }

    private void deploy() {
        if (app == null) {
            app = new Restartable(deployer, APP);
        }
        app.deploy();
        slack().clear();
    }

}
