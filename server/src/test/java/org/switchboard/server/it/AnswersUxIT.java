package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.SIGNER;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.postForm;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;
import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.teamsapi.CapturedActivity;

/**
 * Answers as customers see them, end to end with the bundled help center: a question two articles answer about
 * equally well gets a clarifying question (Slack buttons, a Teams Adaptive Card, a numbered list by email), and the
 * customer's pick, a signed {@code block_actions} click, a card's {@code Action.Submit} or the option's number in an
 * email reply, is answered on the next turn with that article's passage; the decisions are in the transcript; a
 * passage with {@code >} in it reaches Slack escaped as mrkdwn requires and Teams without any HTML entity.
 *
 * <p>The question is decided by the real calibrated policy ({@code KnowledgeAnswer}). "How do I redeem my rewards
 * points?" does not say which card's points: the search gives "EcoCard: Redeeming Sustainability Points for Rewards"
 * confidence 0.273 and "Getting the Most from Your Credit Card Rewards" 0.243 (the third article 0.103), measured
 * in-process with the plugin and model the server ships. Neither reaches the answer threshold (0.45), so at the defaults
 * the bot would say it does not know; this deployment offers articles from confidence 0.2 in a clarifying question
 * ({@code switchboard.answer.clarify-min-confidence=0.2}), so exactly those two are offered.
 * Run it in a failsafe run of its own: only the first application deployed in a Liberty JVM loads the embedding
 * model (docs/ANSWERS-UX.md, Tests).
 */
@ExtendWith(ArquillianExtension.class)
class AnswersUxIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** A little more than the email loop guard's period in the IT deployment (MAIL_RATE_LIMIT_PERIOD_SECONDS=1). */
    private static final Duration LOOP_GUARD_PERIOD = Duration.ofMillis(1500);
    private static final String AMBIGUOUS = "How do I redeem my rewards points?";
    private static final String FIRST = "EcoCard: Redeeming Sustainability Points for Rewards";
    private static final String FIRST_ID = "doc_credit_cards_ecocard_005";
    private static final String SECOND = "Getting the Most from Your Credit Card Rewards";
    private static final String SECOND_ID = "doc_credit_cards_credit_cards_(general)_024";
    private static final String NAVIGATION = "How do I enable BNPL Silver on my account?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        slack();
        teams();
        return ItEnvironment.war().addAsResource(new StringAsset("""
                config_ordinal=500
                switchboard.answer.clarify-min-confidence=0.2
                """), "META-INF/microprofile-config.properties");
    }

    @Test
    void slackAsksWithButtonsAndAnswersTheClickedArticleOnTheNextTurn() {
        String channel = SlackPayloads.freshChannel();
        String user = SlackPayloads.freshUser();
        String ts = SlackPayloads.freshTs();
        assertThat(postSigned(AnswersUxFixtures.slackMessage(channel, user, ts, AMBIGUOUS)).statusCode()).isEqualTo(200);

        CapturedMessage question = await().atMost(WAIT).until(() -> slack().messagesFor(channel), m -> m.size() == 1).get(0);
        assertThat(question.threadTs()).isEqualTo(ts);
        assertThat(question.text()).contains("Which one do you mean?", "1. " + FIRST, "2. " + SECOND);
        JsonArray blocks = Json.createReader(new StringReader(question.params().get("blocks"))).readArray();
        JsonArray buttons = blocks.getJsonObject(1).getJsonArray("elements");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.getJsonObject(1).getString("action_id")).isEqualTo("knowledge_choice_2");
        assertThat(buttons.getJsonObject(1).getString("value")).isEqualTo(SECOND);
        assertThat(column("SELECT knowledge_decision FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.external_key = ? AND m.role = 'AGENT'", "T111/" + channel + "/" + ts)).containsExactly("CLARIFY");

        String click = AnswersUxFixtures.slackClick(channel, user, ts, question.ts(), "knowledge_choice_2", SECOND,
                SlackPayloads.freshTs());
        assertThat(postForm("/slack/interactivity", click, Map.of()).statusCode()).as("unsigned").isEqualTo(401);
        assertThat(postForm("/slack/interactivity", click, SIGNER.headers(click)).statusCode()).isEqualTo(200);
        assertThat(postForm("/slack/interactivity", click, SIGNER.headers(click)).statusCode()).as("again").isEqualTo(200);

        List<CapturedMessage> replies = await().atMost(WAIT).until(() -> slack().messagesFor(channel), m -> m.size() >= 2);
        CapturedMessage answer = replies.get(1);
        assertThat(answer.threadTs()).isEqualTo(ts);
        assertThat(answer.text()).startsWith("Here is what our help center says:").contains("*" + SECOND.replace("&", "&amp;"))
                .doesNotContain("Which one do you mean?");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> slack().messagesFor(channel).size() == 2);
        String key = "T111/" + channel + "/" + ts;
        assertThat(column("SELECT m.knowledge_decision FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.external_key = ? AND m.role = 'AGENT' ORDER BY m.id", key)).containsExactly("CLARIFY", "ANSWER");
        assertThat(column("SELECT m.knowledge_sources FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.external_key = ? AND m.role = 'AGENT' ORDER BY m.id DESC LIMIT 1", key).get(0)).contains(SECOND_ID);
        assertThat(column("SELECT m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.external_key = ? AND m.role = 'CUSTOMER' ORDER BY m.id", key)).containsExactly(AMBIGUOUS, SECOND);
        assertThat(column("SELECT pending_choices FROM conversations WHERE external_key = ?", key)).containsOnlyNulls();
    }

    @Test
    void teamsAsksWithACardAndAnswersTheSubmittedArticleOnTheNextTurn() {
        JsonObject message = AnswersUxFixtures.teamsMessage(AMBIGUOUS, TeamsActivities.freshPerson(), teams().baseUrl());
        String conversation = message.getJsonObject("conversation").getString("id");
        assertThat(TeamsActivities.postSigned(message).statusCode()).isEqualTo(200);

        CapturedActivity question = await().atMost(WAIT).until(() -> teams().activitiesFor(conversation), a -> a.size() == 1).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> attachment = ((List<Map<String, Object>>) question.activity().get("attachments")).get(0);
        assertThat(attachment.get("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(question.text()).isEqualTo("I found more than one article in our help center that could answer this."
                + " Which one do you mean?");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions = (List<Map<String, Object>>) ((Map<String, Object>) attachment.get("content")).get("actions");
        assertThat(actions).extracting(a -> a.get("type")).containsOnly("Action.Submit");
        assertThat(actions).extracting(a -> a.get("title")).containsExactly(FIRST, SECOND);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) actions.get(0).get("data");

        JsonObject submit = AnswersUxFixtures.teamsSubmit(message, Json.createObjectBuilder()
                .add("knowledgeChoice", ((Number) data.get("knowledgeChoice")).intValue())
                .add("label", (String) data.get("label")).build());
        assertThat(TeamsActivities.postSigned(submit).statusCode()).isEqualTo(200);

        CapturedActivity answer = await().atMost(WAIT).until(() -> teams().activitiesFor(conversation), a -> a.size() == 2).get(1);
        assertThat(answer.replyToId()).isEqualTo(submit.getString("id"));
        assertThat(answer.text()).startsWith("Here is what our help center says:").contains("**" + FIRST)
                .doesNotContain("&gt;", "&lt;", "&amp;");
        assertThat(column("SELECT m.knowledge_sources FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.external_key = ? AND m.role = 'AGENT' ORDER BY m.id", conversation))
                .hasSize(2).last().asString().contains(FIRST_ID).doesNotContain(SECOND_ID);
    }

    @Test
    void emailAsksWithANumberedListAndAnswersTheNumberTheCustomerRepliesWith() throws Exception {
        String customer = "ux-" + java.util.UUID.randomUUID() + "@example.org";
        MimeMessage first = email(customer, "Rewards points", AMBIGUOUS);
        deliver(first);
        MimeMessage question = await().atMost(WAIT).until(() -> repliesTo(first.getMessageID()), r -> r.size() == 1).get(0);
        assertThat(((String) question.getContent()).replace("\r\n", "\n"))
                .contains("Which one do you mean?\n\n1. " + FIRST + "\n2. " + SECOND + "\n\n"
                        + "Reply with the number or the title of the article you mean.");

        // a person reads the question before answering: a reply within the deployment's loop guard period
        // (MAIL_RATE_LIMIT_PERIOD_SECONDS=1 in src/it/server-env) would rightly be held for a human as a possible loop
        Instant asked = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(asked.plus(LOOP_GUARD_PERIOD)));
        MimeMessage pick = email(customer, question.getSubject(), "2\n\nOn Monday Support wrote:\n> Which one do you mean?\n");
        pick.setHeader("In-Reply-To", question.getMessageID());
        pick.setHeader("References", first.getMessageID() + " " + question.getMessageID());
        pick.saveChanges();
        deliver(pick);

        MimeMessage answer = await().atMost(WAIT).until(() -> repliesTo(pick.getMessageID()), r -> r.size() == 1).get(0);
        assertThat((String) answer.getContent()).startsWith("Here is what our help center says:")
                .contains("Source: \"" + SECOND).contains("[" + SECOND_ID + "]");
        // the test mail carries no Authentication-Results, so its sender is unverified (docs/SECURITY.md): the help
        // center still answers, under the identity unverified:<address>
        assertThat(column("SELECT m.knowledge_decision FROM messages m JOIN inbox_entries i ON i.id = m.inbox_entry_id"
                + " WHERE i.channel = 'EMAIL' AND i.sender_id = ? AND m.role = 'AGENT' ORDER BY m.id",
                "unverified:" + customer))
                .containsExactly("CLARIFY", "ANSWER");
    }

    private static MimeMessage email(String from, String subject, String body) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(MimeMessage.RecipientType.TO, ItEnvironment.SUPPORT_ADDRESS);
        m.setSubject(subject);
        m.setText(body, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static void deliver(MimeMessage message) {
        ItEnvironment.mail().getUserManager().getUser("support").deliver(message);
    }

    /** The bot's replies (sent over SMTP to GreenMail) whose In-Reply-To is this Message-ID. */
    private static List<MimeMessage> repliesTo(String messageId) throws MessagingException {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : ItEnvironment.mail().getReceivedMessages()) {
            String[] inReplyTo = m.getHeader("In-Reply-To");
            if (inReplyTo != null && messageId.equals(inReplyTo[0].trim())
                    && "auto-replied".equals(m.getHeader("Auto-Submitted", null))) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void aPassageWithNavigationReachesSlackEscapedAndTeamsWithoutEntities() {
        String channel = SlackPayloads.freshChannel();
        assertThat(postSigned(AnswersUxFixtures.slackMessage(channel, SlackPayloads.freshUser(), SlackPayloads.freshTs(),
                NAVIGATION)).statusCode()).isEqualTo(200);
        JsonObject message = AnswersUxFixtures.teamsMessage(NAVIGATION, TeamsActivities.freshPerson(), teams().baseUrl());
        String conversation = message.getJsonObject("conversation").getString("id");
        assertThat(TeamsActivities.postSigned(message).statusCode()).isEqualTo(200);

        CapturedMessage slackReply = await().atMost(WAIT).until(() -> slack().messagesFor(channel), m -> m.size() == 1).get(0);
        assertThat(slackReply.text()).contains("Open Settings &gt; Payments &gt; BNPL Silver.")
                .contains("*BNPL Silver: How to Enable Buy Now, Pay Later on Your Account — Steps to enable on your account*")
                .doesNotContain(" > ");
        CapturedActivity teamsReply = await().atMost(WAIT).until(() -> teams().activitiesFor(conversation), a -> a.size() == 1).get(0);
        assertThat(teamsReply.text()).contains("Open Settings > Payments > BNPL Silver.")
                .doesNotContain("&gt;", "&lt;", "&amp;");
        assertThat(teamsReply.activity().get("textFormat")).isEqualTo("markdown");
        assertThat(column("SELECT m.knowledge_decision FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.external_key = ? AND m.role = 'AGENT'", conversation)).containsExactly("ANSWER");
        assertThat(Double.parseDouble(column("SELECT m.knowledge_confidence FROM messages m JOIN conversations c"
                + " ON c.id = m.conversation_id WHERE c.external_key = ? AND m.role = 'AGENT'", conversation).get(0)))
                .isBetween(0.5, 1.0);
    }
}
