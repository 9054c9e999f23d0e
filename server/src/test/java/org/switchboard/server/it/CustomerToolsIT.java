package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ApprovalSteps.WAIT;
import static org.switchboard.server.it.ApprovalSteps.openConversation;
import static org.switchboard.server.it.ApprovalSteps.parse;
import static org.switchboard.server.it.ItEnvironment.send;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.slack;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer tools on the real database, each for the verified customer of a Slack conversation: the profile
 * ({@code get_my_profile}), a notification into the customer's Slack thread through the outbox
 * ({@code notify_customer}; a channel the customer never used is refused), and the customer's own tickets
 * ({@code open_ticket}, {@code list_my_tickets}, {@code get_ticket}, {@code update_ticket}; another customer's
 * ticket looks absent and cannot be changed).
 */
@ExtendWith(ArquillianExtension.class)
class CustomerToolsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war().addClasses(ToolTriggerResource.class);
    }

    @AfterEach
    void clear() {
        slack().clear();
    }

    @Test
    void theProfileAndNotificationsAreTheVerifiedCustomers() {
        String channel = SlackPayloads.freshChannel();
        long conversation = openConversation(channel, SlackPayloads.freshUser());
        long customer = count("SELECT customer_id FROM conversations WHERE id = ?", conversation);
        String thread = slack().messagesFor(channel).get(0).threadTs();

        JsonObject profile = tool(conversation, "get_my_profile", "{\"customer_id\": 1}");
        assertThat(profile.getBoolean("success")).as(profile.toString()).isTrue();
        JsonObject data = profile.getJsonObject("data");
        assertThat(data.getJsonNumber("customerId").longValue()).isEqualTo(customer);
        assertThat(data.getJsonArray("identities")).singleElement().satisfies(i ->
                assertThat(i.asJsonObject().getString("channel")).isEqualTo("SLACK"));
        assertThat(data.getInt("conversations")).isEqualTo(1);

        JsonObject sent = tool(conversation, "notify_customer",
                "{\"channel\": \"slack\", \"message\": \"Your replacement card was shipped today.\"}");
        assertThat(sent.getBoolean("success")).as(sent.toString()).isTrue();
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        assertThat(slack().messagesFor(channel).get(1).text()).isEqualTo("Your replacement card was shipped today.");
        assertThat(slack().messagesFor(channel).get(1).threadTs()).isEqualTo(thread);
        assertThat(column("SELECT actor FROM audit_entries WHERE action = 'customer.notified' AND subject = ?",
                "conversation:" + conversation)).containsExactly("notifications");

        JsonObject refused = tool(conversation, "notify_customer", "{\"channel\": \"email\", \"message\": \"Hi\"}");
        assertThat(refused.getBoolean("success")).isFalse();
        assertThat(refused.getString("content")).contains("never written in email").contains("Slack");
    }

    @Test
    void customersSeeAndChangeOnlyTheirOwnTickets() {
        String mine = SlackPayloads.freshChannel();
        String theirs = SlackPayloads.freshChannel();
        long conversation = openConversation(mine, SlackPayloads.freshUser());
        long other = openConversation(theirs, SlackPayloads.freshUser());

        long own = tool(conversation, "open_ticket", "{\"subject\": \"Card declined\", \"description\": \"Twice.\"}")
                .getJsonObject("data").getJsonNumber("ticketId").longValue();
        long foreign = tool(other, "open_ticket", "{\"subject\": \"Other\", \"description\": \"Not yours.\"}")
                .getJsonObject("data").getJsonNumber("ticketId").longValue();

        JsonObject listed = tool(conversation, "list_my_tickets", "{}");
        assertThat(listed.getJsonObject("data").getInt("total")).isEqualTo(1);
        assertThat(listed.getString("content")).contains("#" + own).doesNotContain("#" + foreign);

        assertThat(tool(conversation, "get_ticket", "{\"ticket_number\": \"#" + own + "\"}").getBoolean("success"))
                .isTrue();
        JsonObject peek = tool(conversation, "get_ticket", "{\"ticket_number\": \"#" + foreign + "\"}");
        assertThat(peek.getBoolean("success")).isFalse();
        assertThat(peek.getString("content")).isEqualTo("The customer has no ticket #" + foreign + ".");

        JsonObject updated = tool(conversation, "update_ticket", "{\"ticket_number\": " + own
                + ", \"note\": \"Works again.\", \"close\": true}");
        assertThat(updated.getBoolean("success")).as(updated.toString()).isTrue();
        assertThat(column("SELECT status FROM tickets WHERE id = ?", own)).containsExactly("CLOSED");
        assertThat(column("SELECT description FROM tickets WHERE id = ?", own)).singleElement().asString()
                .contains("[Note from customer, ").endsWith("Works again.");
        assertThat(column("SELECT details FROM audit_entries WHERE action = 'ticket.updated' AND subject = ?",
                "ticket:" + own)).singleElement().asString().contains("note added, closed");

        JsonObject tamper = tool(conversation, "update_ticket", "{\"ticket_number\": " + foreign
                + ", \"close\": true}");
        assertThat(tamper.getBoolean("success")).isFalse();
        assertThat(column("SELECT status FROM tickets WHERE id = ?", foreign)).containsExactly("OPEN");
    }

    /**
     * Issue 19: a refund over the threshold split into calls under it. Two pending orders of one store user, each
     * under the threshold (500), together over it: the first cancellation runs, the second is held for approval
     * because the account's running total within the window would pass the limit (by default the threshold).
     */
    @Test
    void aRefundSplitIntoCallsUnderTheThresholdIsHeldOnceTheRunningTotalPassesIt() {
        String[][] candidates = {{"olivia_lopez_3865", "#W9373487", "#W5481803"},
                {"liam_lopez_7019", "#W2000719", "#W7555783"}, {"ava_nguyen_6646", "#W1242543", "#W9892465"}};
        String[] pick = java.util.Arrays.stream(candidates).filter(c -> count("SELECT COUNT(*) FROM retail_orders"
                        + " WHERE id IN (?, ?) AND status = 'pending'", c[1], c[2]) == 2).findFirst().orElseThrow();
        long conversation = openConversation(SlackPayloads.freshChannel(), SlackPayloads.freshUser());
        long customer = count("SELECT customer_id FROM conversations WHERE id = ?", conversation);
        ApprovalSteps.execute("INSERT INTO channel_identities (customer_id, channel, external_id, display_name,"
                + " created_at) SELECT ?, 'EMAIL', email, NULL, NOW(6) FROM retail_users WHERE id = ?", customer, pick[0]);

        JsonObject first = tool(conversation, "cancel_pending_order",
                "{\"order_id\": \"" + pick[1] + "\", \"reason\": \"no longer needed\"}");
        assertThat(first.getBoolean("success")).as(first.toString()).isTrue();
        assertThat(first.getJsonObject("data").containsKey("approvalId")).as("under the threshold: runs").isFalse();
        assertThat(column("SELECT status FROM retail_orders WHERE id = ?", pick[1])).containsExactly("cancelled");

        JsonObject second = tool(conversation, "cancel_pending_order",
                "{\"order_id\": \"" + pick[2] + "\", \"reason\": \"no longer needed\"}");
        assertThat(second.getJsonObject("data").getString("status", "")).as(second.toString()).isEqualTo("PENDING");
        assertThat(column("SELECT status FROM retail_orders WHERE id = ?", pick[2])).containsExactly("pending");
        assertThat(column("SELECT status FROM approval_requests WHERE conversation_id = ? AND tool_name ="
                + " 'cancel_pending_order'", conversation)).containsExactly("PENDING");
        assertThat(column("SELECT account FROM refund_ledger WHERE account = ?", "retail:" + pick[0])).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'approval.requested' AND details LIKE ?",
                "tool cancel_pending_order for customer " + customer)).isEqualTo(1);
    }

    private static JsonObject tool(long conversation, String name, String arguments) {
        HttpResponse<String> response = send("POST", "/api/it/conversations/" + conversation + "/tools/" + name,
                arguments, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }
}
