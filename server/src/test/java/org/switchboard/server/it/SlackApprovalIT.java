package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ApprovalSteps.WAIT;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ApprovalSteps.execute;
import static org.switchboard.server.it.ApprovalSteps.freshOrder;
import static org.switchboard.server.it.ApprovalSteps.openConversation;
import static org.switchboard.server.it.ApprovalSteps.runs;
import static org.switchboard.server.it.ApprovalSteps.trigger;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.postForm;
import static org.switchboard.server.it.ItEnvironment.slack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.CapturedCall;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackRequestSigner;

/**
 * Human approval decided in Slack, end to end: a refund above the threshold is held, the approvers' channel gets a
 * Block Kit message with Approve/Deny buttons (captured by the Slack Web API stand-in); after an application restart
 * real, signed {@code block_actions} payloads are posted to {@code /slack/interactivity}: unsigned, badly signed and
 * stale ones are refused with 401, a user not in {@code SLACK_APPROVER_IDS} is refused (audited, told ephemerally,
 * nothing runs), an approver's click runs the refund exactly once and the customer gets the result in their thread,
 * the approvers' message shows who decided, and a second click changes nothing. Denying from Slack tells the
 * customer politely; an expired request cannot be decided from Slack either.
 */
@ExtendWith(ArquillianExtension.class)
class SlackApprovalIT {

    private static final String APP = "slack-approvals";
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String APPROVERS = System.getProperty("it.approver.channel");
    private static final String APPROVER = System.getProperty("it.approver.ids").split(",")[0];
    private static final String SECOND_APPROVER = System.getProperty("it.approver.ids").split(",")[1];
    private static final String STRANGER = "U0STRANGER";
    private static final String APPROVE = "switchboard_approval_approve";
    private static final String DENY = "switchboard_approval_deny";

    @ArquillianResource
    Deployer deployer;

    /**
     * Deployed by the first test (or shared with the class before), restarted where a test asks, left to Arquillian
     * when the class ends ({@link DeploymentReuse}).
     */
    private static boolean deployed;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war().addClasses(ApprovalTestPlugin.class, ApprovalTriggerResource.class);
    }

    @AfterEach
    void clearSlack() {
        slack().clear();
    }

    @Test
    void anApproverApprovesInSlackAfterARestartAndTheRefundRunsOnceForTheCustomer() {
        deploy();
        String channel = SlackPayloads.freshChannel();
        long conversation = openConversation(channel);
        String order = freshOrder();
        long id = trigger(conversation, order, 812).getJsonObject("data").getJsonNumber("approvalId").longValue();
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        String thread = slack().messagesFor(channel).get(0).threadTs();

        CapturedMessage notice = approverMessage(id);
        assertThat(notice.threadTs()).isNull();
        assertThat(notice.text()).contains("Approval request #" + id).contains(ApprovalTestPlugin.TOOL)
                .contains(order).contains("812");
        JsonArray buttons = buttons(notice);
        assertThat(buttons).hasSize(2);
        assertThat(buttons.getJsonObject(0).getString("action_id")).isEqualTo(APPROVE);
        assertThat(buttons.getJsonObject(1).getString("action_id")).isEqualTo(DENY);
        assertThat(buttons.getValuesAs(JsonObject.class)).allSatisfy(b ->
                assertThat(b.getString("value")).isEqualTo(Long.toString(id)));
        // The ts is stored when the delivery commits, just after Slack (the stand-in) answered.
        await().atMost(WAIT).until(() -> !column("SELECT message_ts FROM slack_approval_messages WHERE approval_id = ?",
                id).isEmpty());
        assertThat(column("SELECT message_ts FROM slack_approval_messages WHERE approval_id = ?", id))
                .containsExactly(notice.ts());

        restart();

        String approve = BlockActionPayloads.click(APPROVER, APPROVERS, notice.ts(), APPROVE, Long.toString(id));
        assertThat(postForm("/slack/interactivity", approve, Map.of()).statusCode()).isEqualTo(401);
        assertThat(postForm("/slack/interactivity", approve,
                new SlackRequestSigner("not-the-signing-secret").headers(approve)).statusCode()).isEqualTo(401);
        assertThat(postForm("/slack/interactivity", approve,
                ItEnvironment.SIGNER.headers(approve, Instant.now().getEpochSecond() - 600)).statusCode()).isEqualTo(401);
        String tampered = BlockActionPayloads.click(SECOND_APPROVER, APPROVERS, notice.ts(), APPROVE, Long.toString(id));
        assertThat(postForm("/slack/interactivity", tampered, ItEnvironment.SIGNER.headers(approve)).statusCode())
                .isEqualTo(401);
        assertThat(runs(order)).isZero();
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", id)).containsExactly("PENDING");

        String stranger = BlockActionPayloads.click(STRANGER, APPROVERS, notice.ts(), APPROVE, Long.toString(id));
        assertThat(postSigned(stranger).statusCode()).isEqualTo(200);
        CapturedCall refusal = awaitEphemeral(STRANGER);
        assertThat(refusal.param("text")).contains("not allowed");
        assertThat(runs(order)).isZero();
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", id)).containsExactly("PENDING");
        assertThat(column("SELECT actor FROM audit_entries WHERE action = 'approval.refused' AND subject = ?",
                "approval:" + id)).containsExactly("slack:" + BlockActionPayloads.TEAM + ":" + STRANGER);

        assertThat(postSigned(approve).statusCode()).isEqualTo(200);
        assertThat(runs(order)).isEqualTo(1);
        String actor = "slack:" + BlockActionPayloads.TEAM + ":" + APPROVER;
        assertThat(column("SELECT decided_by FROM approval_requests WHERE id = ?", id)).containsExactly(actor);
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", id)).containsExactly("APPROVED");
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        CapturedMessage result = slack().messagesFor(channel).get(0);
        assertThat(result.threadTs()).isEqualTo(thread);
        assertThat(result.text()).contains("approved").contains("Order " + order + " was refunded $812.");
        CapturedCall update = awaitUpdate(notice.ts());
        assertThat(update.param("channel")).isEqualTo(APPROVERS);
        assertThat(blocks(update)).contains("Approved by <@" + APPROVER + ">").doesNotContain(APPROVE);

        String again = BlockActionPayloads.click(SECOND_APPROVER, APPROVERS, notice.ts(), DENY, Long.toString(id));
        assertThat(postSigned(again).statusCode()).isEqualTo(200);
        assertThat(postSigned(approve).statusCode()).isEqualTo(200);
        assertThat(awaitEphemeral(SECOND_APPROVER).param("text")).contains("already decided");
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(runs(order)).isEqualTo(1);
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", id)).containsExactly("APPROVED");
        assertThat(column("SELECT decided_by FROM approval_requests WHERE id = ?", id)).containsExactly(actor);
        assertThat(column("SELECT actor FROM audit_entries WHERE action = 'approval.approved' AND subject = ?",
                "approval:" + id)).containsExactly(actor);
    }

    @Test
    void denyingInSlackTellsTheCustomerPolitelyAndExpiredOrAdminDecidedRequestsStayAsTheyAre() {
        deploy();
        String channel = SlackPayloads.freshChannel();
        long conversation = openConversation(channel);

        String denied = freshOrder();
        long deniedId = trigger(conversation, denied, 900).getJsonObject("data").getJsonNumber("approvalId").longValue();
        CapturedMessage notice = approverMessage(deniedId);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        slack().clear();
        String deny = BlockActionPayloads.click(APPROVER, APPROVERS, notice.ts(), DENY, Long.toString(deniedId));
        assertThat(postSigned(deny).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(slack().messagesFor(channel).get(0).text()).startsWith("We are sorry");
        assertThat(blocks(awaitUpdate(notice.ts()))).contains("Denied by <@" + APPROVER + ">");
        assertThat(runs(denied)).isZero();
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", deniedId)).containsExactly("DENIED");

        String expired = freshOrder();
        long expiredId = trigger(conversation, expired, 700).getJsonObject("data").getJsonNumber("approvalId")
                .longValue();
        CapturedMessage expiredNotice = approverMessage(expiredId);
        execute("UPDATE approval_requests SET requested_at = requested_at - INTERVAL 8 DAY,"
                + " expires_at = expires_at - INTERVAL 8 DAY WHERE id = ?", expiredId);
        String late = BlockActionPayloads.click(APPROVER, APPROVERS, expiredNotice.ts(), APPROVE,
                Long.toString(expiredId));
        assertThat(postSigned(late).statusCode()).isEqualTo(200);
        assertThat(awaitEphemeral(APPROVER).param("text")).contains("#" + expiredId).contains("expired");
        assertThat(runs(expired)).isZero();
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", expiredId)).containsExactly("PENDING");

        String byAdmin = freshOrder();
        long adminId = trigger(conversation, byAdmin, 650).getJsonObject("data").getJsonNumber("approvalId")
                .longValue();
        CapturedMessage adminNotice = approverMessage(adminId);
        assertThat(admin("POST", "/api/admin/approvals/" + adminId + "/approve", null).statusCode()).isEqualTo(200);
        assertThat(blocks(awaitUpdate(adminNotice.ts()))).contains("Approved by " + ApprovalSteps.ADMIN);
        assertThat(runs(byAdmin)).isEqualTo(1);
        String tooLate = BlockActionPayloads.click(APPROVER, APPROVERS, adminNotice.ts(), DENY, Long.toString(adminId));
        assertThat(postSigned(tooLate).statusCode()).isEqualTo(200);
        assertThat(column("SELECT status FROM approval_requests WHERE id = ?", adminId)).containsExactly("APPROVED");
        assertThat(runs(byAdmin)).isEqualTo(1);
    }

    private static HttpResponse<String> postSigned(String form) {
        return postForm("/slack/interactivity", form, ItEnvironment.SIGNER.headers(form));
    }

    /** Waits for the approvers' channel message of one request. */
    private static CapturedMessage approverMessage(long id) {
        await().atMost(WAIT).until(() -> slack().messagesFor(APPROVERS).stream()
                .anyMatch(m -> m.text().contains("Approval request #" + id + "*")));
        return slack().messagesFor(APPROVERS).stream().filter(m -> m.text().contains("Approval request #" + id + "*"))
                .findFirst().orElseThrow();
    }

    private static JsonArray buttons(CapturedMessage message) {
        JsonArray blocks = Json.createReader(new StringReader(message.params().get("blocks"))).readArray();
        return blocks.getValuesAs(JsonObject.class).stream().filter(b -> "actions".equals(b.getString("type")))
                .findFirst().orElseThrow().getJsonArray("elements");
    }

    /** @return the blocks of a chat.update, re-serialized by JSON-P (so {@code <} is not written as {@code \u003c}) */
    private static String blocks(CapturedCall update) {
        return Json.createReader(new StringReader(update.param("blocks"))).readArray().toString();
    }

    private static CapturedCall awaitEphemeral(String user) {
        await().atMost(WAIT).until(() -> slack().calls("chat.postEphemeral").stream()
                .anyMatch(c -> user.equals(c.param("user"))));
        List<CapturedCall> calls = slack().calls("chat.postEphemeral").stream()
                .filter(c -> user.equals(c.param("user"))).toList();
        return calls.get(calls.size() - 1);
    }

    private static CapturedCall awaitUpdate(String ts) {
        await().atMost(WAIT).until(() -> slack().calls("chat.update").stream().anyMatch(c -> ts.equals(c.param("ts"))));
        return slack().calls("chat.update").stream().filter(c -> ts.equals(c.param("ts"))).findFirst().orElseThrow();
    }

    private void restart() {
        deployer.undeploy(APP);
        deployed = false;
        slack().clear();
        assertThat(ItEnvironment.get("/slack/interactivity").statusCode()).isEqualTo(404);
        deploy();
    }

    private void deploy() {
        if (!deployed) {
            deployer.deploy(APP);
            deployed = true;
        }
        await().atMost(WAIT).until(() -> ItEnvironment.get("/health/ready").statusCode() == 200);
    }
}
