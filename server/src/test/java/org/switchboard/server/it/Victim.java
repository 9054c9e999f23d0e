package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;

import java.util.UUID;

/**
 * A second customer whose data other customers must never see: a new Slack customer linked (by a verified email
 * identity) to a store user of the sample retail data who owns an order, who has looked that order up and asked for a
 * person, so they also have a ticket whose subject carries a unique marker.
 *
 * @param email     the store user's email address
 * @param firstName their first name
 * @param lastName  their last name
 * @param zip       their zip code
 * @param street    the first line of their address
 * @param order     one of their orders, e.g. {@code #W2611340}
 * @param ticket    the number of their ticket
 * @param marker    the unique text in their ticket's subject
 */
record Victim(String email, String firstName, String lastName, String zip, String street, String order, long ticket,
              String marker) {

    /** @return the full name */
    String name() {
        return firstName + " " + lastName;
    }

    /**
     * Creates the customer through Slack as a customer would (their own order is shown to them, then they ask for a
     * person) after linking them to a store user no other customer is linked to.
     *
     * @return the victim
     */
    static Victim seed() {
        String[] user = column("SELECT CONCAT_WS('|', u.id, u.email, u.first_name, u.last_name, u.zip,"
                + " JSON_UNQUOTE(JSON_EXTRACT(u.document, '$.address.address1'))) FROM retail_users u"
                + " WHERE NOT EXISTS (SELECT 1 FROM channel_identities ci WHERE ci.channel = 'EMAIL'"
                + " AND ci.external_id = u.email) AND EXISTS (SELECT 1 FROM retail_orders o WHERE o.user_id = u.id)"
                + " ORDER BY u.seq DESC LIMIT 1").get(0).split("\\|");
        String orderId = column("SELECT id FROM retail_orders WHERE user_id = ? ORDER BY seq LIMIT 1", user[0]).get(0);
        String order = orderId.startsWith("#") ? orderId : "#" + orderId;

        String channel = SlackPayloads.freshChannel();
        String slackUser = SlackPayloads.freshUser();
        long conversation = ApprovalSteps.openConversation(channel, slackUser);
        long customer = count("SELECT customer_id FROM conversations WHERE id = ?", conversation);
        ApprovalSteps.execute("INSERT INTO channel_identities (customer_id, channel, external_id, display_name,"
                + " created_at) VALUES (?, 'EMAIL', ?, NULL, NOW(6))", customer, user[1]);
        String thread = slack().messagesFor(channel).get(0).threadTs();

        say(channel, slackUser, thread, "Where is my order " + order + "?", 2);
        assertThat(slack().messagesFor(channel).get(1).text()).as("the owner sees their order")
                .contains(order).doesNotContain("couldn't find");
        String marker = "QX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        say(channel, slackUser, thread, "Parcel " + marker + " never arrived, please let me talk to a person, agent please", 3);
        assertThat(slack().messagesFor(channel).get(2).text()).contains("ticket #");
        long ticket = count("SELECT id FROM tickets WHERE conversation_id = ? ORDER BY id DESC LIMIT 1", conversation);
        assertThat(column("SELECT subject FROM tickets WHERE id = ?", ticket)).singleElement().asString().contains(marker);
        return new Victim(user[1], user[2], user[3], user[4], user[5], order, ticket, marker);
    }

    private static void say(String channel, String user, String thread, String text, int replies) {
        jakarta.json.JsonObject message = SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, text, user);
        jakarta.json.JsonObject reply = jakarta.json.Json.createObjectBuilder(message).add("event",
                jakarta.json.Json.createObjectBuilder(message.getJsonObject("event")).add("thread_ts", thread)).build();
        assertThat(postSigned(reply.toString()).statusCode()).isEqualTo(200);
        await().atMost(ApprovalSteps.WAIT).until(() -> slack().messagesFor(channel).size() == replies);
    }
}
