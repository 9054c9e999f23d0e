package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.mail;
import static org.switchboard.server.it.ItEnvironment.postForm;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;
import static org.switchboard.server.it.ItEnvironment.teams;
import static org.switchboard.server.it.ItEnvironment.update;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.teamsapi.CapturedActivity;

/**
 * The customer's side of a conversation with people in the loop, on the real server: CSAT asked once when a
 * conversation is closed and stored once under repeated clicks (Slack {@code block_actions} signed as Slack signs them,
 * a Teams {@code adaptiveCard/action} invoke, the email's link to the rating page), an escalation outside business
 * hours that tells the customer when a person answers, and a first-response target about to be missed that alerts
 * the support team's Slack channel once, then is marked breached. One deployment: the business hours are closed
 * today and the next two days (holidays), the SLA watch runs every second.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerSideIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(4);
    private static final String ALERTS = "CSLAALERTS1";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Closed today and the next two days; open again the day after at 9:00 UTC. */
    private static final String OPENING = TODAY.plusDays(3).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " at 9:00 UTC";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/api/csat/([A-Za-z0-9_-]{43}))\\?score=3");

    @Deployment(testable = false)
    static WebArchive deployment() {
        String config = """
                config_ordinal=500
                switchboard.public.url=%s
                switchboard.business.hours=Mon-Sun 09:00-17:00
                switchboard.business.timezone=UTC
                switchboard.holidays=%s,%s,%s
                switchboard.sla.check-seconds=1
                switchboard.sla.alert.channel=slack
                switchboard.sla.alert.target=%s
                """.formatted(ItEnvironment.BASE_URL, TODAY, TODAY.plusDays(1), TODAY.plusDays(2), ALERTS);
        return ItEnvironment.warWithConfig(config);
    }

    @Test
    void aSlackEscalationAfterHoursNamesTheOpeningAndItsCsatIsAskedOnceAndStoredOnce() {
        String channel = SlackPayloads.freshChannel();
        long conversation = slackConversation(channel, "I want to talk to a human");
        CapturedMessage escalation = slack().messagesFor(channel).get(0);
        assertThat(escalation.text()).contains("ticket #")
                .contains("Our support team is away right now; a person will answer here from " + OPENING + ".");
        assertThat(column("SELECT status FROM conversations WHERE id = ?", conversation)).containsExactly("WAITING_FOR_HUMAN");
        long messagesBefore = count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conversation);

        CsatSteps.close(conversation);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        CapturedMessage question = slack().messagesFor(channel).get(1);
        assertThat(question.threadTs()).isEqualTo(escalation.threadTs());
        assertThat(question.text()).contains("How would you rate the help you got");
        JsonArray buttons = CsatSteps.buttons(question);
        assertThat(buttons).hasSize(5);
        String token = CsatSteps.token(conversation);
        for (int score = 1; score <= 5; score++) {
            assertThat(buttons.getJsonObject(score - 1).getString("action_id")).isEqualTo("csat_rate_" + score);
            assertThat(buttons.getJsonObject(score - 1).getString("value")).isEqualTo(token);
        }

        String user = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        String unsigned = BlockActionPayloads.click(user, channel, question.ts(), "csat_rate_4", token);
        assertThat(postForm("/slack/interactivity", unsigned, Map.of()).statusCode()).isEqualTo(401);
        assertThat(column("SELECT score FROM csat_requests WHERE conversation_id = ?", conversation)).containsOnlyNulls();
        for (int score : new int[] {4, 2, 4}) {
            assertThat(CsatSteps.clickInSlack(user, channel, question, score, token).statusCode()).isEqualTo(200);
        }

        assertThat(column("SELECT CONCAT(score, ' ', rated_via, ' ', resolved_by_person) FROM csat_requests"
                + " WHERE conversation_id = ?", conversation)).containsExactly("4 slack 1");
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'csat.rated' AND subject = ?",
                "conversation:" + conversation)).isEqualTo(1);
        // the clicks never became messages: no turn, no reply, the conversation stays closed
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> slack().messagesFor(channel).size() == 2);
        assertThat(count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conversation)).isEqualTo(messagesBefore);
        assertThat(column("SELECT status FROM conversations WHERE id = ?", conversation)).containsExactly("CLOSED");

        // closing is a one-time event: a second close is refused and nobody is asked twice
        assertThat(admin("POST", "/api/admin/conversations/" + conversation + "/status", "{\"action\":\"close\"}")
                .statusCode()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM csat_requests WHERE conversation_id = ?", conversation)).isEqualTo(1);

        JsonObject overview = Json.createReader(new StringReader(admin("GET", "/api/admin/overview?days=1", null).body()))
                .readObject();
        JsonObject csat = overview.getJsonObject("csat");
        assertThat(csat.getJsonNumber("rated").longValue()).isPositive();
        assertThat(csat.getJsonArray("distribution").getJsonNumber(3).longValue()).isPositive();
        assertThat(csat.getJsonArray("byResolver").getValuesAs(JsonObject.class))
                .anySatisfy(g -> assertThat(g.getString("group")).isEqualTo("person"));
        assertThat(overview.getJsonObject("sla").containsKey("firstResponseBreaches")).isTrue();
    }

    @Test
    void afterHoursTheBotKeepsAnsweringAWaitingConversationUntilAPersonTakesOver() {
        String channel = SlackPayloads.freshChannel();
        long conversation = slackConversation(channel, "I want to talk to a human");
        String thread = slack().messagesFor(channel).get(0).threadTs();
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE conversation_id = ?", conversation)).isEqualTo(1);

        customerWrites(channel, thread, "How do I enable BNPL Silver on my account?");
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        CapturedMessage answer = slack().messagesFor(channel).get(1);
        assertThat(answer.threadTs()).isEqualTo(thread);
        assertThat(answer.text()).contains("Open Settings &gt; Payments &gt; BNPL Silver.");
        assertThat(column("SELECT status FROM conversations WHERE id = ?", conversation))
                .containsExactly("WAITING_FOR_HUMAN");

        // asking for a person again opens no second ticket and escalates nothing: it says again when one will answer
        customerWrites(channel, thread, "I want to talk to a human");
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 3);
        assertThat(slack().messagesFor(channel).get(2).text()).contains("a person will answer here from " + OPENING);
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE conversation_id = ?", conversation)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'conversation.escalated' AND subject = ?",
                "conversation:" + conversation)).isEqualTo(1);

        // once a person has taken it over the bot is quiet again
        assertThat(admin("POST", "/api/admin/conversations/" + conversation + "/status", "{\"action\":\"take-over\"}")
                .statusCode()).isEqualTo(200);
        customerWrites(channel, thread, "How do I enable BNPL Silver on my account?");
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"
                + " AND role = 'CUSTOMER'", conversation) == 4);
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> slack().messagesFor(channel).size() == 3);
    }

    private static void customerWrites(String channel, String thread, String text) {
        assertThat(postSigned(SlackPayloads.threadReply(SlackPayloads.freshEventId(), channel, thread, text).toString())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aRatingTypedInTheClosedSlackThreadIsStoredAndNotAnswered() {
        String channel = SlackPayloads.freshChannel();
        long conversation = slackConversation(channel, "Thanks for the help!");
        CsatSteps.close(conversation);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        String thread = slack().messagesFor(channel).get(0).threadTs();
        long messagesBefore = count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conversation);

        JsonObject five = SlackPayloads.threadReply(SlackPayloads.freshEventId(), channel, thread, "5");
        assertThat(postSigned(five.toString()).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> !column("SELECT score FROM csat_requests WHERE conversation_id = ?"
                + " AND score IS NOT NULL", conversation).isEmpty());
        assertThat(column("SELECT CONCAT(score, ' ', rated_via, ' ', resolved_by_person) FROM csat_requests"
                + " WHERE conversation_id = ?", conversation)).containsExactly("5 slack-reply 0");
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> slack().messagesFor(channel).size() == 2);
        assertThat(count("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conversation)).isEqualTo(messagesBefore);
        assertThat(column("SELECT status FROM conversations WHERE id = ?", conversation)).containsExactly("CLOSED");
        assertThat(column("SELECT no_reply_reason FROM inbox_entries WHERE channel = 'SLACK' AND external_id = ?",
                five.getString("event_id"))).containsExactly("a CSAT rating, recorded");
    }

    @Test
    void aTeamsCustomerRatesOnTheAdaptiveCardOnceAndARepeatedClickChangesNothing() {
        JsonObject first = TeamsActivities.customerMessage("Thanks for the help!", TeamsActivities.freshPerson());
        String conversationId = TeamsActivities.conversationId(first);
        assertThat(TeamsActivities.postSigned(first).statusCode()).isBetween(200, 202);
        await().atMost(WAIT).until(() -> teams().activitiesFor(conversationId).size() == 1);
        long conversation = count("SELECT id FROM conversations WHERE channel = 'TEAMS' AND external_key = ?",
                conversationId);

        CsatSteps.close(conversation);
        await().atMost(WAIT).until(() -> teams().activitiesFor(conversationId).size() == 2);
        Map<String, Object> card = adaptiveCard(teams().activitiesFor(conversationId).get(1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions = (List<Map<String, Object>>) card.get("actions");
        assertThat(actions).hasSize(5).allSatisfy(a -> {
            assertThat(a.get("type")).isEqualTo("Action.Execute");
            assertThat(a.get("verb")).isEqualTo("csat");
        });
        String token = CsatSteps.token(conversation);
        assertThat(actions.get(4).get("data").toString()).contains(token);

        JsonObject where = first.getJsonObject("conversation");
        HttpResponse<String> five = TeamsActivities.postSigned(TeamsActivities.cardAction(where, "csat",
                Json.createObjectBuilder().add("csatToken", token).add("score", 5).build(), TeamsActivities.freshPerson()));
        assertThat(five.statusCode()).isEqualTo(200);
        assertThat(five.body()).contains("application/vnd.microsoft.card.adaptive").contains("You rated the help 5 out of 5.");
        HttpResponse<String> one = TeamsActivities.postSigned(TeamsActivities.cardAction(where, "csat",
                Json.createObjectBuilder().add("csatToken", token).add("score", 1).build(), TeamsActivities.freshPerson()));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("Your rating was already recorded.");
        HttpResponse<String> forged = TeamsActivities.postSigned(TeamsActivities.cardAction(where, "csat",
                Json.createObjectBuilder().add("csatToken", "A".repeat(43)).add("score", 1).build(),
                TeamsActivities.freshPerson()));
        assertThat(forged.body()).contains("application/vnd.microsoft.error");

        assertThat(column("SELECT CONCAT(score, ' ', rated_via, ' ', resolved_by_person) FROM csat_requests"
                + " WHERE conversation_id = ?", conversation)).containsExactly("5 teams 0");
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> teams().activitiesFor(conversationId).size() == 2);
    }

    @Test
    void anEmailCustomerRatesThroughTheLinkAndTheFirstRatingStays() throws Exception {
        String customer = "csat-" + UUID.randomUUID() + "@customer.test";
        String marker = UUID.randomUUID().toString();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(customer));
        message.setRecipients(MimeMessage.RecipientType.TO, ItEnvironment.SUPPORT_ADDRESS);
        message.setSubject("Thanks " + marker);
        message.setText("Thank you for the help! " + marker);
        message.saveChanges();
        GreenMailUser support = mail().getUserManager().getUser("support");
        support.deliver(message);
        await().atMost(WAIT).until(() -> mailsTo(customer).size() == 1);
        long conversation = count("SELECT c.id FROM conversations c JOIN inbox_entries i ON c.external_key ="
                + " i.conversation_key AND c.channel = i.channel WHERE i.channel = 'EMAIL' AND i.text LIKE ?",
                "%" + marker + "%");

        CsatSteps.close(conversation);
        await().atMost(WAIT).until(() -> mailsTo(customer).size() == 2);
        String body = text(mailsTo(customer).get(1));
        assertThat(body).contains("How would you rate the help you got").contains("Reply with a single number from 1 to 5");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String path = link.group(1).substring(ItEnvironment.BASE_URL.length());
        String token = link.group(2);
        assertThat(column("SELECT token FROM csat_requests WHERE conversation_id = ?", conversation)).containsExactly(token);

        HttpResponse<String> page = ItEnvironment.get(path + "?score=3");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.body()).contains("3 - Good").contains("<form method=\"post\">");
        // opening the link (as a mail scanner would) records nothing
        assertThat(column("SELECT score FROM csat_requests WHERE conversation_id = ?", conversation)).containsOnlyNulls();

        HttpResponse<String> rated = postForm(path, "score=3&comment=Quick+and+kind", Map.of());
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(rated.body()).contains("You rated the help 3 out of 5.");
        HttpResponse<String> again = postForm(path, "score=1&comment=changed", Map.of());
        assertThat(again.body()).contains("Your rating was already recorded.");
        assertThat(column("SELECT CONCAT(score, ' ', rated_via, ' ', comment) FROM csat_requests WHERE conversation_id = ?",
                conversation)).containsExactly("3 email-link Quick and kind");
        assertThat(ItEnvironment.get("/api/csat/" + "B".repeat(43) + "?score=3").statusCode()).isEqualTo(404);
        assertThat(postForm(path, "score=9", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void aFirstResponseTargetAboutToBeMissedAlertsTheTeamOnceAndIsMarkedBreached() {
        String channel = SlackPayloads.freshChannel();
        long conversation = slackConversation(channel, "can I speak to a real person");
        long ticket = count("SELECT id FROM tickets WHERE conversation_id = ?", conversation);
        // outside business hours the target lies after the next opening: nothing is at risk yet
        assertThat(only(column("SELECT first_response_due_at > UTC_TIMESTAMP(6) + INTERVAL 2 DAY FROM tickets WHERE id = ?",
                ticket))).isEqualTo("1");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).until(() -> alertsAbout(ticket).isEmpty());

        // the ticket is now due in five minutes: within the 15-minute warning window
        update("UPDATE tickets SET first_response_due_at = UTC_TIMESTAMP(6) + INTERVAL 5 MINUTE WHERE id = ?", ticket);
        await().atMost(WAIT).until(() -> alertsAbout(ticket).size() == 1);
        assertThat(alertsAbout(ticket).get(0).text()).contains("first response of ticket #" + ticket)
                .contains("about to be missed");
        assertThat(alertsAbout(ticket).get(0).threadTs()).isNull();

        // missed: marked breached, and the team is not told a second time
        update("UPDATE tickets SET first_response_due_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?", ticket);
        await().atMost(WAIT).until(() -> !column("SELECT first_response_breached_at FROM tickets WHERE id = ? AND"
                + " first_response_breached_at IS NOT NULL", ticket).isEmpty());
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> alertsAbout(ticket).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'sla.breached' AND subject = ?",
                "ticket:" + ticket)).isEqualTo(1);

        // a person's first message in the transcript is the ticket's first response
        update("INSERT INTO messages (conversation_id, turn_number, role, author, content, created_at)"
                + " VALUES (?, 99, 'HUMAN', 'it-agent', 'Hello, I am looking into it.', UTC_TIMESTAMP(6))", conversation);
        await().atMost(WAIT).until(() -> !column("SELECT first_response_at FROM tickets WHERE id = ? AND"
                + " first_response_at IS NOT NULL", ticket).isEmpty());
    }

    private static long slackConversation(String channel, String text) {
        JsonObject message = SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, text);
        assertThat(postSigned(message.toString()).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        return count("SELECT c.id FROM conversations c JOIN inbox_entries i ON c.external_key = i.conversation_key"
                + " AND c.channel = i.channel WHERE i.external_id = ?", message.getString("event_id"));
    }

    private static List<CapturedMessage> alertsAbout(long ticket) {
        return slack().messagesFor(ALERTS).stream().filter(m -> m.text().contains("ticket #" + ticket + " ")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> adaptiveCard(CapturedActivity activity) {
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) activity.activity().get("attachments");
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).get("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");
        return (Map<String, Object>) attachments.get(0).get("content");
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        return java.util.Arrays.stream(mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && java.util.Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a instanceof InternetAddress ia && address.equalsIgnoreCase(ia.getAddress()));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                out.append(multipart.getBodyPart(i).getContent());
            }
        }
        return out.toString();
    }

    private static String only(List<String> values) {
        assertThat(values).hasSize(1);
        return values.get(0);
    }

}
