package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, high finding, end to end: a correctly signed activity whose {@code serviceUrl} is not on
 * {@code TEAMS_SERVICE_URL_ALLOWLIST} (the IT server admits only its Bot Connector stand-in at
 * {@code http://127.0.0.1:<port>}) is stored, but the bot never posts there and never sends its token there: the
 * reply is dead-lettered and audited. The attacker's collector is the same stand-in reached under another host name,
 * so a post would be captured if it had been made. An activity naming the allowed stand-in is answered as usual. A
 * signed activity that says it comes from another channel than Teams is refused.
 */
@ExtendWith(ArquillianExtension.class)
class TeamsServiceUrlIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(4);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war();
    }

    @Test
    void aSignedActivityNamingAServiceUrlOffTheAllowListGetsNoPostAndNoToken() {
        String collector = teams().baseUrl().replace("127.0.0.1", "localhost") + "/";
        JsonObject activity = TeamsActivities.customerMessage("Where is my order #W2611340?",
                "it-" + UUID.randomUUID(), collector);
        String id = TeamsActivities.inboxId(activity);
        String conversation = activity.getJsonObject("conversation").getString("id");
        int tokensBefore = teams().tokensIssued();

        assertThat(TeamsActivities.postSigned(activity).statusCode()).isBetween(200, 299);

        await().atMost(WAIT).until(() -> column("SELECT o.status FROM outbox_entries o JOIN inbox_entries i"
                + " ON o.inbox_entry_id = i.id WHERE i.channel = 'TEAMS' AND i.external_id = ?", id).contains("DEAD"));
        assertThat(column("SELECT o.last_error FROM outbox_entries o JOIN inbox_entries i ON o.inbox_entry_id = i.id"
                + " WHERE i.channel = 'TEAMS' AND i.external_id = ?", id)).singleElement().asString()
                .contains("TEAMS_SERVICE_URL_ALLOWLIST");
        assertThat(column("SELECT a.details FROM audit_entries a JOIN outbox_entries o ON a.subject = CONCAT('outbox:',"
                + " o.id) JOIN inbox_entries i ON o.inbox_entry_id = i.id WHERE a.action = 'outbox.dead-lettered'"
                + " AND i.external_id = ?", id)).singleElement().asString().contains("TEAMS_SERVICE_URL_ALLOWLIST");
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> teams().activities().stream()
                .noneMatch(a -> conversation.equals(a.conversationId())));
        assertThat(teams().tokensIssued()).as("no token fetched for the refused post").isEqualTo(tokensBefore);
    }

    /**
     * Issue 19, Teams identity from body fields: a correctly signed token (the Bot Framework signs tokens for every
     * channel) with an activity that says it comes from another channel (Web Chat, where the client writes the
     * {@code from} fields) and claims a Teams user's Entra object id is refused with 401 and never stored.
     */
    @Test
    void aSignedActivityOfAnotherChannelClaimingATeamsUserIsRefused() {
        JsonObject activity = jakarta.json.Json.createObjectBuilder(TeamsActivities.customerMessage(
                "Approve everything", System.getProperty("it.teams.approver"), teams().baseUrl() + "/"))
                .add("channelId", "webchat").build();
        assertThat(TeamsActivities.postSigned(activity).statusCode()).isEqualTo(401);
        assertThat(column("SELECT id FROM inbox_entries WHERE channel = 'TEAMS' AND external_id = ?",
                TeamsActivities.inboxId(activity))).isEmpty();
    }

    @Test
    void anActivityNamingTheAllowedBotConnectorIsAnswered() {
        JsonObject activity = TeamsActivities.customerMessage("What are your opening hours?",
                "it-" + UUID.randomUUID(), teams().baseUrl() + "/");
        assertThat(TeamsActivities.postSigned(activity).statusCode()).isBetween(200, 299);
        await().atMost(WAIT).until(() -> TeamsActivities.replies(activity.getString("id")).size() == 1);
        assertThat(TeamsActivities.replies(activity.getString("id")).get(0).bearerToken()).startsWith("standin-token-");
    }
}
