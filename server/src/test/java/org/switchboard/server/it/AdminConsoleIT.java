package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The admin console in a real headless Chromium against the real server and database: sign-in (wrong password
 * refused), the overview, disabling a plugin and seeing the agent stop using its tool, fixing a configuration error
 * shown next to its field, approving a pending refund and seeing the customer's conversation resume, opening a
 * transcript with its tool calls and citation and handing an escalated conversation back to the bot, the tickets and
 * the audit log. Every page is saved as a screenshot in {@code server/target/console-screenshots}. Skipped, with how
 * to install one, when no Chromium is found ({@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class AdminConsoleIT {

    private static final Duration REPLY_WAIT = Duration.ofSeconds(90);
    private static final String ADMIN = System.getProperty("it.admin.user");
    private static final String PASSWORD = System.getProperty("it.admin.password");
    /** Answered from the bundled Rho-Bank article "Silver Rewards Card: How to File a Travel Insurance Claim". */
    private static final String KB_QUESTION = "How do I file a travel insurance claim with my Silver Rewards Card?";

    private static ConsoleBrowser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war().addClasses(ConfigurableTestPlugin.class, ApprovalTestPlugin.class,
                ApprovalTriggerResource.class);
    }

    @BeforeAll
    static void startBrowser() {
        browser = ConsoleBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signIn() {
        slack().clear();
        browser.signIn(ADMIN, PASSWORD);
        browser.waitFor(By.id("nav-overview"));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheOverviewShowsTheFigures() {
        browser.click(By.cssSelector("header button.link"));
        browser.signIn(ADMIN, PASSWORD + "-wrong");
        browser.waitForText(By.id("sign-in-error"), "Wrong user name or password");
        assertThat(browser.has(By.id("nav-plugins"))).isFalse();
        browser.screenshot("sign-in-refused");

        String channel = SlackPayloads.freshChannel();
        long conversation = ask(channel, "Thanks for the help!").conversation();
        CsatSteps.close(conversation);
        await().atMost(REPLY_WAIT).until(() -> slack().messagesFor(channel).size() == 2);
        assertThat(CsatSteps.clickInSlack("U0CSATFAN1", channel, slack().messagesFor(channel).get(1), 5,
                CsatSteps.token(conversation)).statusCode()).isEqualTo(200);
        browser.signIn(ADMIN, PASSWORD);
        browser.open("overview");
        String conversations = browser.waitFor(By.id("figure-conversations")).getText();
        assertThat(Long.parseLong(conversations)).isPositive();
        assertThat(browser.waitFor(By.id("figure-latency")).getText()).matches(".*(ms|s) / .*(ms|s)");
        browser.waitFor(By.id("per-day-chart"));
        // the database may hold other test classes' ratings: at least this one is counted
        assertThat(browser.waitFor(By.id("figure-csat")).getText()).matches("(?s)\\d\\.\\d / 5.*\\d+ of \\d+ rated.*");
        assertThat(Long.parseLong(browser.waitFor(By.id("csat-score-5")).getText())).isPositive();
        assertThat(browser.waitFor(By.id("csat-group-bot")).getText()).matches("(?s).*\\d\\.\\d / 5.*");
        assertThat(browser.waitFor(By.id("figure-sla-breaches")).getText()).matches("(?s)\\d+.*first response.*");
        browser.screenshot("overview");
    }

    @Test
    void disablingAPluginInTheConsoleMakesTheAgentStopUsingItsTool() {
        try {
            browser.open("plugins");
            browser.waitForText(By.cssSelector("#plugin-knowledge-base .badge"), "ACTIVE");
            browser.click(By.cssSelector("#plugin-knowledge-base button.toggle"));
            browser.waitForText(By.cssSelector("#plugin-knowledge-base .badge"), "DISABLED");
            browser.screenshot("plugins-knowledge-base-disabled");

            String reply = ask(SlackPayloads.freshChannel(), KB_QUESTION).reply();
            assertThat(reply).contains("ticket #").doesNotContain("Source: ");

            browser.click(By.cssSelector("#plugin-knowledge-base button.toggle"));
            browser.waitForText(By.cssSelector("#plugin-knowledge-base .badge"), "ACTIVE");
            assertThat(ask(SlackPayloads.freshChannel(), KB_QUESTION).reply()).contains("Source: ");
        } finally {
            admin("POST", "/api/admin/plugins/knowledge-base/enable", "");
        }
        browser.open("audit");
        browser.waitForText(By.id("audit"), "plugin.disabled");
        assertThat(browser.waitFor(By.id("audit")).getText()).contains("plugin.enabled").contains(ADMIN);
        browser.screenshot("audit");
    }

    @Test
    void aConfigurationErrorIsShownNextToItsFieldAndCanBeFixed() {
        browser.open("plugins");
        browser.click(By.cssSelector("#plugin-" + ConfigurableTestPlugin.ID + " button.configure"));
        browser.type(By.id("field-timeoutSeconds"), "600");
        browser.type(By.id("field-apiToken"), "tok-console-secret");
        browser.click(By.cssSelector("#configure-" + ConfigurableTestPlugin.ID + " button[type=submit]"));
        browser.waitForText(By.id("field-timeoutSeconds-error"), "must be between 1 and 60");
        assertThat(browser.waitFor(By.id("field-timeoutSeconds")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("plugin-configuration-error");

        browser.type(By.id("field-timeoutSeconds"), "12");
        browser.click(By.cssSelector("#configure-" + ConfigurableTestPlugin.ID + " button[type=submit]"));
        browser.waitForText(By.cssSelector("p.notice"), "Configuration of " + ConfigurableTestPlugin.ID + " saved");
        assertThat(browser.has(By.id("field-timeoutSeconds-error"))).isFalse();
        browser.screenshot("plugins");

        JsonObject fields = Json.createReader(new StringReader(admin("GET", "/api/admin/plugins/"
                + ConfigurableTestPlugin.ID, null).body())).readObject();
        assertThat(fields.toString()).contains("\"timeoutSeconds\"").doesNotContain("tok-console-secret");
        assertThat(fields.getJsonArray("configuration").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("timeoutSeconds")).findFirst().orElseThrow()
                .getString("value")).isEqualTo("12");
        browser.click(By.cssSelector("#plugin-" + ConfigurableTestPlugin.ID + " button.configure"));
        assertThat(browser.waitFor(By.id("field-apiToken")).getAttribute("value")).as("secrets are write-only").isEmpty();
    }

    @Test
    void approvingAPendingRefundInTheConsoleResumesTheCustomersConversation() {
        String channel = SlackPayloads.freshChannel();
        long conversation = ask(channel, "Thank you!").conversation();
        String order = ApprovalSteps.freshOrder();
        JsonObject held = ApprovalSteps.trigger(conversation, order, 812);
        long approval = held.getJsonObject("data").getJsonNumber("approvalId").longValue();
        await().atMost(REPLY_WAIT).until(() -> slack().messagesFor(channel).size() == 2);

        browser.open("approvals");
        String row = browser.waitForText(By.id("approval-" + approval), "PENDING");
        assertThat(row).contains("812").contains("#" + approval);
        browser.screenshot("approvals");
        browser.type(By.id("reason-" + approval), "checked the order");
        browser.click(By.cssSelector("#approval-" + approval + " button.approve"));
        browser.waitForText(By.id("approval-" + approval), "APPROVED");
        assertThat(browser.waitFor(By.id("approval-" + approval)).getText()).contains(ADMIN).contains("checked the order");

        await().atMost(REPLY_WAIT).until(() -> slack().messagesFor(channel).size() == 3);
        assertThat(slack().messagesFor(channel).get(2).text()).contains(order);
        assertThat(ApprovalSteps.runs(order)).isEqualTo(1);
        browser.screenshot("approvals-decided");
    }

    @Test
    void aTranscriptShowsTheTurnsToolCallsAndCitationAndAnEscalationCanBeHandedBack() {
        String channel = SlackPayloads.freshChannel();
        Asked asked = ask(channel, KB_QUESTION);
        long conversation = asked.conversation();
        browser.open("conversations");
        browser.type(By.id("customer"), String.valueOf(count("SELECT customer_id FROM conversations WHERE id = ?",
                conversation)));
        browser.click(By.cssSelector("#conversation-search button[type=submit]"));
        // the list names the customer (a Slack user id: the bot does not call users.info) and previews the last message
        String row = browser.waitForText(By.id("conversation-" + conversation), "W000");
        assertThat(row).contains(preview(asked.reply()));
        browser.click(By.cssSelector("#conversation-" + conversation + " a"));
        String transcript = browser.waitForText(By.id("transcript"), "Turn 1");
        assertThat(transcript).contains(KB_QUESTION).contains("search_knowledge_base").contains("Source: ");
        assertThat(browser.has(By.cssSelector("#transcript .citation"))).isTrue();
        browser.screenshot("transcript");

        String escalatingUser = SlackPayloads.freshUser();
        String escalationChannel = SlackPayloads.freshChannel();
        long escalated = ask(escalationChannel, "Please let me talk to a person, agent please",
                escalatingUser).conversation();
        assertThat(ItEnvironment.column("SELECT status FROM conversations WHERE id = ?", escalated))
                .containsExactly("WAITING_FOR_HUMAN");
        browser.go("#/conversations/" + escalated);
        browser.waitForText(By.id("transcript"), "WAITING_FOR_HUMAN");

        // a person answers from the reply box: the reply reaches the customer's thread once, the admin takes it over
        String answer = "Hi, this is support. I am looking at your refund now.";
        browser.type(By.id("reply-text"), answer);
        browser.click(By.id("send-reply"));
        browser.waitForText(By.cssSelector("p.notice"), "Reply sent");
        await().atMost(REPLY_WAIT).until(() -> slack().messagesFor(escalationChannel).size() == 2);
        // the reply shows who wrote it: a bold name line (the configured admin's display name is its user name)
        assertThat(slack().messagesFor(escalationChannel).get(1).text()).isEqualTo("*" + ADMIN + "*\n" + answer);
        assertThat(browser.waitForText(By.id("transcript"), "HANDED_OFF")).contains(answer)
                .contains("assigned to " + ADMIN);
        browser.type(By.id("reply-text"), "customer prefers a call back");
        browser.click(By.id("add-note"));
        browser.waitForText(By.id("transcript"), "internal note by " + ADMIN);

        // the customer answers in the thread: the open transcript shows it without a reload, the bot stays silent
        String threadTs = slack().messagesFor(escalationChannel).get(0).threadTs();
        JsonObject answerInThread = SlackPayloads.threadReply(SlackPayloads.freshEventId(), escalationChannel, threadTs,
                "Thanks, I will wait here");
        assertThat(postSigned(Json.createObjectBuilder(answerInThread).add("event", Json.createObjectBuilder(
                answerInThread.getJsonObject("event")).add("user", escalatingUser)).build().toString()).statusCode())
                .isEqualTo(200);
        browser.waitForText(By.id("transcript"), "Thanks, I will wait here");
        assertThat(slack().messagesFor(escalationChannel)).hasSize(2);
        browser.type(By.id("customer"), "");
        browser.click(By.cssSelector("#conversation-search button[type=submit]"));
        assertThat(browser.waitForText(By.id("conversation-" + escalated), ADMIN)).as("assignee, waiting time, preview")
                .contains("Thanks, I will wait here").containsPattern("\\b\\d+ (s|min)\\b");
        browser.screenshot("transcript-person-replied");

        browser.type(By.id("hand-back-reason"), "refund sorted by phone");
        browser.click(By.id("hand-back"));
        browser.waitForText(By.cssSelector("p.notice"), "the bot answers again");
        assertThat(ItEnvironment.column("SELECT status FROM conversations WHERE id = ?", escalated))
                .containsExactly("OPEN");
        browser.waitForText(By.id("transcript"), "Handed back to the bot by " + ADMIN + ": refund sorted by phone");
        assertThat(slack().messagesFor(escalationChannel)).filteredOn(m -> m.text().endsWith(answer)).hasSize(1);
        browser.screenshot("transcript-handed-back");

        browser.open("tickets");
        browser.waitForText(By.id("tickets"), "#");
        long ticket = count("SELECT id FROM tickets WHERE conversation_id = ? ORDER BY id DESC LIMIT 1", escalated);
        String lastMessage = ItEnvironment.column("SELECT content FROM messages WHERE conversation_id = ?"
                + " AND role IN ('CUSTOMER', 'AGENT') ORDER BY id DESC LIMIT 1", escalated).get(0);
        assertThat(browser.waitForText(By.id("ticket-" + ticket), escalatingUser)).contains(preview(lastMessage));
        browser.screenshot("tickets");
    }

    /** The conversation a customer message opened and the bot's reply to it. */
    private record Asked(long conversation, String reply) {
    }

    /** The start of a list's one-line preview of a message: its first 60 characters with whitespace joined. */
    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.substring(0, Math.min(60, flat.length())).strip();
    }

    private static Asked ask(String channel, String text) {
        return ask(channel, text, null);
    }

    private static Asked ask(String channel, String text, String user) {
        JsonObject message = user == null ? SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, text)
                : SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, text, user);
        assertThat(postSigned(message.toString()).statusCode()).isEqualTo(200);
        await().atMost(REPLY_WAIT).until(() -> slack().messagesFor(channel).size() == 1);
        long conversation = count("SELECT c.id FROM conversations c JOIN inbox_entries i ON c.external_key ="
                + " i.conversation_key AND c.channel = i.channel WHERE i.external_id = ?", message.getString("event_id"));
        return new Asked(conversation, slack().messagesFor(channel).get(0).text());
    }
}
