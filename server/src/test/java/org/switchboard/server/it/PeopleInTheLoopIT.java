package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.mail;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.send;
import static org.switchboard.server.it.ItEnvironment.slack;
import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.teamsapi.CapturedActivity;

/**
 * People in the loop (issue 20), the agent's side, on all three channels in one deployment: a customer escalates, a
 * named support agent (role agent, signed in with their own password) takes the conversation over and answers from the
 * console; the reply reaches the customer once, in the customer's thread (Slack), conversation (Teams) or mail thread
 * (email, with {@code In-Reply-To}/{@code References} and the ticket tag); the customer's answer is stored and the bot
 * stays silent; the agent's own chat message in the thread is recorded as theirs; a note is stored and never sent;
 * hand-back writes a summary line and the bot answers again. Every step is audited with the person's user name.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleInTheLoopIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);

    /** The support agent of these tests. */
    private static final String DANA = "dana-it";
    /** Dana's password (also looked for in the server logs by {@link SecretsNeverLoggedIT}). */
    static final String DANA_PASSWORD = "dana-it-password-not-a-real-one";
    private static final String DANA_SLACK = "U0DANAIT1";
    private static final String DANA_TEAMS = "0d4a0c3e-2b7f-4e0e-9d0f-0a1b2c3d4e5f";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war();
    }

    @BeforeAll
    static void danaIsASupportAgent() {
        HttpResponse<String> put = admin("PUT", "/api/admin/people/" + DANA, "{\"displayName\":\"Dana Agent\","
                + "\"role\":\"agent\",\"password\":\"" + DANA_PASSWORD + "\",\"slackUserIds\":[\"" + DANA_SLACK + "\"],"
                + "\"teamsAadObjectIds\":[\"" + DANA_TEAMS + "\"],\"emailAddresses\":[\"Dana.Agent@Example.org\"]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).contains("\"canSignIn\":true").contains("\"role\":\"agent\"")
                .contains("dana.agent@example.org").doesNotContain(DANA_PASSWORD).doesNotContain("PBKDF2");
    }

    @Test
    void peopleAreListedTheirPasswordsHashedAndAnAgentSeesConversationsButNotTheRestOfTheAdminApi() {
        HttpResponse<String> list = admin("GET", "/api/admin/people", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"source\":\"configuration\"").contains("\"userName\":\"" + DANA + "\"")
                .contains("\"displayName\":\"Dana Agent\"").doesNotContain(DANA_PASSWORD);
        assertThat(column("SELECT password_hash FROM support_agents WHERE user_name = ?", DANA).get(0))
                .startsWith("PBKDF2WithHmacSHA256:").doesNotContain(DANA_PASSWORD);

        assertThat(asDana("GET", "/api/admin/people/me", null).body()).contains("\"displayName\":\"Dana Agent\"");
        assertThat(asDana("GET", "/api/admin/conversations?sort=waiting", null).statusCode()).isEqualTo(200);
        assertThat(asDana("GET", "/api/admin/plugins", null).statusCode()).isEqualTo(403);
        assertThat(asDana("GET", "/api/admin/people", null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/admin/conversations", null, basic(DANA, DANA_PASSWORD + "x")).statusCode())
                .isEqualTo(401);

        assertThat(admin("PUT", "/api/admin/people/" + System.getProperty("it.admin.user"),
                "{\"displayName\":\"Twin\",\"role\":\"admin\"}").statusCode()).as("the configured admin's name")
                .isEqualTo(409);
        assertThat(admin("PUT", "/api/admin/people/erin-it", "{\"displayName\":\"Erin\",\"role\":\"agent\","
                + "\"slackUserIds\":[\"" + DANA_SLACK + "\"]}").statusCode()).as("Dana's Slack id").isEqualTo(409);
        assertThat(admin("PUT", "/api/admin/people/erin-it", "{\"displayName\":\"Erin\",\"role\":\"agent\","
                + "\"password\":\"short\"}").statusCode()).isEqualTo(400);
        assertThat(admin("PUT", "/api/admin/people/erin-it", "{\"displayName\":\"Erin\",\"role\":\"owner\"}")
                .statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'people.created' AND subject = ?",
                "person:" + DANA)).isEqualTo(1);
    }

    @Test
    void slackAPersonAnswersFromTheConsoleInTheCustomersThreadOnceAndHandsBack() {
        String channel = SlackPayloads.freshChannel();
        String customer = SlackPayloads.freshUser();
        JsonObject opening = SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel,
                "I want to talk to a human please", customer);
        String threadTs = opening.getJsonObject("event").getString("ts");
        post(opening);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        long conversation = count("SELECT MAX(id) FROM conversations WHERE external_key LIKE ?", "%/" + channel + "/%");
        assertThat(status(conversation)).isEqualTo("WAITING_FOR_HUMAN");

        String text = "Hi, this is Dana from support. I have refunded the charge just now.";
        String body = Json.createObjectBuilder().add("text", text).add("requestKey", "it-" + channel).build().toString();
        HttpResponse<String> first = asDana("POST", "/api/admin/conversations/" + conversation + "/replies", body);
        assertThat(first.body()).contains("\"queued\":true");
        HttpResponse<String> retried = asDana("POST", "/api/admin/conversations/" + conversation + "/replies", body);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).as("a retried request with the same key").contains("\"queued\":false")
                .contains(SlackPayloads.parse(first.body()).get("outboxId").toString());
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        CapturedMessage sent = slack().messagesFor(channel).get(1);
        assertThat(sent.text()).as("the person is named above their text").isEqualTo("*Dana Agent*\n" + text);
        assertThat(sent.threadTs()).isEqualTo(threadTs);
        assertTakenOverByDana(conversation, text);

        customerAnswersAndTheBotStaysQuiet(conversation, () -> post(SlackPayloads.threadReply(
                SlackPayloads.freshEventId(), channel, threadTs, "Thank you, I see it now")),
                () -> slack().messagesFor(channel).size() == 2);

        String fromSlack = "One more thing: the refund shows within two days.";
        String agentEvent = SlackPayloads.freshEventId();
        JsonObject danaWrites = SlackPayloads.threadReply(agentEvent, channel, threadTs, fromSlack);
        post(Json.createObjectBuilder(danaWrites).add("event", Json.createObjectBuilder(
                danaWrites.getJsonObject("event")).add("user", DANA_SLACK)).build());
        awaitRecordedAsDana(conversation, fromSlack, () -> slack().messagesFor(channel).size() == 2);

        notesAreNeverSent(conversation, () -> slack().messagesFor(channel).size() == 2);
        handBackAndTheBotAnswersAgain(conversation, () -> post(SlackPayloads.threadReply(SlackPayloads.freshEventId(),
                channel, threadTs, "hello")), () -> slack().messagesFor(channel).size() == 3);
        assertThat(slack().messagesFor(channel)).filteredOn(m -> m.text().contains(text)).hasSize(1);
    }

    @Test
    void teamsAPersonAnswersFromTheConsoleInTheCustomersConversationAndTheirOwnTeamsMessageIsTheirs() {
        JsonObject first = TeamsActivities.customerMessage("I want to talk to a human please",
                TeamsActivities.freshPerson());
        String teamsConversation = TeamsActivities.conversationId(first);
        assertThat(TeamsActivities.postSigned(first).statusCode()).isLessThan(300);
        await().atMost(WAIT).until(() -> teams().activitiesFor(teamsConversation).size() == 1);
        long conversation = count("SELECT id FROM conversations WHERE channel = 'TEAMS' AND external_key = ?",
                teamsConversation);
        assertThat(status(conversation)).isEqualTo("WAITING_FOR_HUMAN");

        String text = "Hi, this is Dana from support. Your exchange is booked.";
        assertThat(reply(conversation, text).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> teams().activitiesFor(teamsConversation).size() == 2);
        CapturedActivity sent = teams().activitiesFor(teamsConversation).get(1);
        assertThat(sent.text()).as("the person is named above their text").isEqualTo("**Dana Agent**\n\n" + text);
        assertTakenOverByDana(conversation, text);

        customerAnswersAndTheBotStaysQuiet(conversation, () -> assertThat(TeamsActivities.postSigned(
                TeamsActivities.followUp(first, "Thank you, that helps")).statusCode()).isLessThan(300),
                () -> teams().activitiesFor(teamsConversation).size() == 2);

        String fromTeams = "You will get the confirmation by email too.";
        JsonObject danaWrites = Json.createObjectBuilder(TeamsActivities.followUp(first, fromTeams))
                .add("from", Json.createObjectBuilder(first.getJsonObject("from")).add("aadObjectId", DANA_TEAMS)
                        .add("id", "29:dana-it").add("name", "Dana Agent")).build();
        assertThat(TeamsActivities.postSigned(danaWrites).statusCode()).isLessThan(300);
        awaitRecordedAsDana(conversation, fromTeams, () -> teams().activitiesFor(teamsConversation).size() == 2);

        handBackAndTheBotAnswersAgain(conversation, () -> assertThat(TeamsActivities.postSigned(
                        TeamsActivities.followUp(first, "hello")).statusCode()).isLessThan(300),
                () -> teams().activitiesFor(teamsConversation).size() == 3);
    }

    @Test
    void emailAPersonsReplyFromTheConsoleIsThreadedWithTheTicketTagAndSentOnce() throws Exception {
        String customer = "casey.people-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        MimeMessage first = EmailChannelIT.plain(customer, "Charged twice",
                "I want to talk to a human please, I was charged twice.");
        EmailChannelIT.deliver(first);
        String firstId = first.getMessageID();
        await().atMost(WAIT).until(() -> repliesTo(firstId).size() == 1);
        long conversation = count("SELECT DISTINCT m.conversation_id FROM messages m JOIN inbox_entries i"
                + " ON m.inbox_entry_id = i.id WHERE i.channel = 'EMAIL' AND i.external_id = ?", firstId);
        assertThat(status(conversation)).isEqualTo("WAITING_FOR_HUMAN");
        String ticket = "#" + column("SELECT id FROM tickets WHERE conversation_id = ?", conversation).get(0);

        String text = "Hello Casey, this is Dana from support. I have refunded the second charge.";
        assertThat(reply(conversation, text).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> repliesTo(firstId).size() == 2);
        MimeMessage sent = repliesTo(firstId).stream().filter(m -> body(m).contains("Dana from support")).findFirst()
                .orElseThrow();
        assertThat(sent.getSubject()).startsWith("Re: Charged twice").contains("[" + ticket + "]");
        assertThat(sent.getHeader("References", " ")).contains(firstId);
        assertThat(sent.getRecipients(MimeMessage.RecipientType.TO)[0].toString()).contains(customer);
        MimeMessage botsReply = repliesTo(firstId).stream().filter(m -> !body(m).contains("Dana from support"))
                .findFirst().orElseThrow();
        assertThat(botsReply.getHeader("Auto-Submitted", null)).as("the bot's reply").isEqualTo("auto-replied");
        assertThat(sent.getHeader("Auto-Submitted")).as("a person's reply is not automatic (RFC 3834)").isNull();
        assertThat(sent.getHeader("X-Auto-Response-Suppress")).isNull();
        InternetAddress from = (InternetAddress) sent.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(((InternetAddress) botsReply.getFrom()[0]).getAddress());
        assertThat(from.getPersonal()).isEqualTo("Dana Agent (" + ((InternetAddress) botsReply.getFrom()[0])
                .getPersonal() + ")");
        assertTakenOverByDana(conversation, text);

        MimeMessage answer = EmailChannelIT.plain(customer, sent.getSubject(), "Thank you, I see it now.");
        answer.setHeader("In-Reply-To", sent.getMessageID());
        answer.setHeader("References", firstId + " " + sent.getMessageID());
        answer.saveChanges();
        customerAnswersAndTheBotStaysQuiet(conversation, () -> EmailChannelIT.deliver(answer),
                () -> repliesTo(firstId).size() == 2 && repliesTo(answer.getMessageID()).isEmpty());

        MimeMessage again = EmailChannelIT.plain(customer, sent.getSubject(), "hello");
        again.setHeader("In-Reply-To", sent.getMessageID());
        again.saveChanges();
        handBackAndTheBotAnswersAgain(conversation, () -> EmailChannelIT.deliver(again),
                () -> repliesTo(again.getMessageID()).size() == 1);
        assertThat(mail().getReceivedMessages()).filteredOn(m -> body(m).contains("Dana from support")).hasSize(1);
    }

    private static void assertTakenOverByDana(long conversation, String text) {
        assertThat(status(conversation)).isEqualTo("HANDED_OFF");
        assertThat(column("SELECT assignee FROM conversations WHERE id = ?", conversation)).containsExactly(DANA);
        assertThat(column("SELECT CONCAT(author, '|', author_name, '|', content) FROM messages"
                + " WHERE conversation_id = ? AND role = 'HUMAN'", conversation))
                .containsExactly(DANA + "|Dana Agent|" + text);
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM outbox_entries WHERE conversation_id = ?"
                + " AND text = ? AND status = 'DELIVERED'", conversation, text) == 1);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE actor = ? AND action = 'conversation.reply'"
                + " AND subject = ?", DANA, "conversation:" + conversation)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE actor = ? AND action = 'conversation.take-over'"
                + " AND subject = ?", DANA, "conversation:" + conversation)).isEqualTo(1);
        HttpResponse<String> list = asDana("GET", "/api/admin/conversations?sort=waiting&status=HANDED_OFF", null);
        assertThat(list.body()).contains("\"assignee\":\"" + DANA + "\"").contains("\"assigneeName\":\"Dana Agent\"");
        // the overview's workload counts Dana's open conversations and her replies
        JsonObject load = Json.createReader(new java.io.StringReader(admin("GET", "/api/admin/overview?days=1", null)
                .body())).readObject().getJsonArray("workload").getValuesAs(JsonObject.class).stream()
                .filter(w -> DANA.equals(w.getString("userName"))).findFirst().orElseThrow();
        assertThat(load.getString("displayName")).isEqualTo("Dana Agent");
        assertThat(load.getJsonNumber("openConversations").longValue()).isPositive();
        assertThat(load.getJsonNumber("replies").longValue()).isPositive();
    }

    private static void customerAnswersAndTheBotStaysQuiet(long conversation, Step customerWrites,
                                                          java.util.concurrent.Callable<Boolean> nothingMoreSent) {
        long customerLines = customerLines(conversation);
        run(customerWrites);
        await().atMost(WAIT).until(() -> customerLines(conversation) == customerLines + 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(nothingMoreSent);
        assertThat(status(conversation)).isEqualTo("HANDED_OFF");
        String waiting = asDana("GET", "/api/admin/conversations/" + conversation, null).body();
        assertThat(waiting).contains("\"waitingSince\":\"");
        List<JsonObject> items = SlackPayloads.parse(asDana("GET", "/api/admin/conversations?sort=waiting&size=200",
                null).body()).getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> since = items.stream().filter(i -> i.containsKey("waitingSince"))
                .map(i -> i.getString("waitingSince")).toList();
        assertThat(items.subList(0, since.size())).as("the waiting customers come first")
                .allSatisfy(i -> assertThat(i.containsKey("waitingSince")).isTrue())
                .anySatisfy(i -> assertThat(i.getJsonNumber("id").longValue()).isEqualTo(conversation));
        assertThat(since.stream().map(java.time.Instant::parse).toList()).as("longest-waiting first").isSorted();
    }

    private static void awaitRecordedAsDana(long conversation, String text,
                                            java.util.concurrent.Callable<Boolean> nothingSent) {
        await().atMost(WAIT).until(() -> column("SELECT CONCAT(author, '|', author_name) FROM messages"
                + " WHERE conversation_id = ? AND role = 'HUMAN' AND content = ?", conversation, text)
                .equals(List.of(DANA + "|Dana Agent")));
        assertThat(count("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND role = 'CUSTOMER'"
                + " AND content = ?", conversation, text)).isZero();
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(nothingSent);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE actor = ? AND action = 'conversation.chat-reply'"
                + " AND subject = ?", DANA, "conversation:" + conversation)).isEqualTo(1);
    }

    private static void notesAreNeverSent(long conversation, java.util.concurrent.Callable<Boolean> nothingSent) {
        HttpResponse<String> note = asDana("POST", "/api/admin/conversations/" + conversation + "/notes",
                "{\"text\":\"Refund approved by finance, ref FIN-1\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(200);
        assertThat(column("SELECT CONCAT(author_name, '|', content) FROM messages WHERE conversation_id = ?"
                + " AND role = 'NOTE'", conversation)).containsExactly("Dana Agent|Refund approved by finance, ref FIN-1");
        assertThat(count("SELECT COUNT(*) FROM outbox_entries WHERE text LIKE '%FIN-1%'")).isZero();
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(nothingSent);
        assertThat(asDana("POST", "/api/admin/conversations/" + conversation + "/notes", "{\"text\":\" \"}")
                .statusCode()).isEqualTo(400);
    }

    private static void handBackAndTheBotAnswersAgain(long conversation, Step customerWrites,
                                                      java.util.concurrent.Callable<Boolean> botAnswered) {
        HttpResponse<String> back = asDana("POST", "/api/admin/conversations/" + conversation + "/status",
                "{\"action\":\"hand-back\",\"reason\":\"refund done\"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"status\":\"OPEN\"").doesNotContain("\"assignee\"");
        assertThat(column("SELECT content FROM messages WHERE conversation_id = ? AND role = 'SYSTEM'", conversation))
                .containsExactly("Handed back to the bot by Dana Agent: refund done");
        assertThat(reply(conversation, "too late").statusCode()).as("the bot answers an open conversation")
                .isEqualTo(409);
        run(customerWrites);
        await().atMost(WAIT).until(botAnswered);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE actor = ? AND action = 'conversation.hand-back'"
                + " AND subject = ?", DANA, "conversation:" + conversation)).isEqualTo(1);
    }

    private static HttpResponse<String> reply(long conversation, String text) {
        return asDana("POST", "/api/admin/conversations/" + conversation + "/replies",
                Json.createObjectBuilder().add("text", text).build().toString());
    }

    private static HttpResponse<String> asDana(String method, String path, String body) {
        return send(method, path, body, basic(DANA, DANA_PASSWORD), Map.of("X-Requested-With", "switchboard-it"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String status(long conversation) {
        return column("SELECT status FROM conversations WHERE id = ?", conversation).get(0);
    }

    private static long customerLines(long conversation) {
        return count("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND role = 'CUSTOMER'", conversation);
    }

    private static void post(JsonObject payload) {
        assertThat(postSigned(payload.toString()).statusCode()).isEqualTo(200);
    }

    /** The messages the support address sent in answer to a Message-ID (their In-Reply-To). */
    private static List<MimeMessage> repliesTo(String messageId) {
        return Arrays.stream(mail().getReceivedMessages()).filter(m -> messageId.equals(header(m, "In-Reply-To")))
                .filter(m -> header(m, "From").contains(ItEnvironment.SUPPORT_ADDRESS)).toList();
    }

    private static String header(MimeMessage m, String name) {
        try {
            String value = m.getHeader(name, " ");
            return value == null ? "" : value.trim();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (MessagingException | IOException e) {
            return "";
        }
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One thing the customer does. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
