package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;
import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.teamsapi.CapturedActivity;

/**
 * The model gateway's MicroProfile Fault Tolerance on a real Liberty and MariaDB, seen from the scripted
 * OpenAI-compatible model server (which counts every request it gets and can hold them on a latch): the circuit
 * breaker opens after repeated HTTP 500s, refuses further turns without reaching the model and closes again after
 * its delay; a full bulkhead gives excess turns one polite "busy" notice, never lets more calls reach the model at
 * once than it allows, and every message is answered once there is room; and Slack and Teams get their 200 acks at
 * once while the model call hangs.
 *
 * <p>Small fault-tolerance values come from this deployment's MicroProfile Config, under the standard override
 * names (ordinal 500, above the server environment): bulkhead 2, circuit opening after 4 calls with 50 % failures
 * and staying open {@value #CIRCUIT_DELAY_SECONDS} s, model timeouts of 120 s, 6 worker threads, a busy turn retried
 * after 1 s.
 */
@ExtendWith(ArquillianExtension.class)
class ModelFaultToleranceIT {

    private static final String APP = "model-ft";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String GATEWAY = "org.switchboard.core.model.ModelGateway/chat/";
    private static final int BULKHEAD = 2;
    private static final int CIRCUIT_VOLUME = 4;
    private static final long CIRCUIT_DELAY_SECONDS = 10;
    private static final String UNAVAILABLE = "Our automated assistant is unavailable at the moment.";
    private static final String BUSY = "We're helping a lot of customers right now, so my answer will take a few minutes.";
    /** Slack's limit for acknowledging an event (Events API); a protocol limit, not a speed target. */
    private static final Duration SLACK_ACK_LIMIT = Duration.ofSeconds(3);
    /**
     * The Bot Framework's limit for answering an activity's POST (15 s; after that the channel reports the bot as
     * not responding); a protocol limit, not a speed target. The measured acks are printed.
     */
    private static final Duration TEAMS_ACK_LIMIT = Duration.ofSeconds(15);
    private static ScriptedModelServer model;

    @ArquillianResource
    Deployer deployer;

    private boolean deployed;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        teams();
        model = ScriptedModelServer.start();
        String config = """
                config_ordinal=500
                model.provider=openai
                model.name=gpt-test
                model.api.key=it-model-key
                model.base.url=%s
                model.timeout.ms=120000
                switchboard.worker.threads=6
                switchboard.model.busy-retry-seconds=1
                %sTimeout/value=120
                %sBulkhead/value=%d
                %sCircuitBreaker/requestVolumeThreshold=%d
                %sCircuitBreaker/failureRatio=0.5
                %sCircuitBreaker/delay=%d
                """.formatted(model.baseUrl(), GATEWAY, GATEWAY, BULKHEAD, GATEWAY, CIRCUIT_VOLUME, GATEWAY, GATEWAY,
                CIRCUIT_DELAY_SECONDS);
        return ItEnvironment.warWithConfig(config);
    }

    @BeforeEach
    void deploy() {
        model.clear();
        deployer.deploy(APP);
        deployed = true;
        await().atMost(WAIT).until(() -> ItEnvironment.get("/health/ready").statusCode() == 200);
        slack().clear();
        teams().clear();
    }

    @AfterEach
    void undeploy() {
        model.release();
        if (deployed) {
            deployer.undeploy(APP);
            deployed = false;
        }
        slack().clear();
    }

    @AfterAll
    static void stopModel() {
        model.stop();
    }

    @Test
    void repeatedModelFailuresOpenTheCircuitFurtherTurnsDegradeWithoutCallingTheModelAndItClosesAfterItsDelay() {
        model.fail(CIRCUIT_VOLUME);

        // Turn 1: the call and its 2 retries get HTTP 500 (3 failures of the 4 the circuit needs): the plain failure reply.
        String first = ask("What are your opening hours?");
        await().atMost(WAIT).until(() -> slack().messagesFor(first).size() == 1);
        assertThat(slack().messagesFor(first).get(0).text()).contains("trouble").contains("ticket #");
        assertThat(model.requests()).hasSize(3);

        // Turn 2: the 4th failure opens the circuit; the retry is refused by it, so the customer gets the outage reply.
        String second = ask("Can I change my delivery address?");
        await().atMost(WAIT).until(() -> slack().messagesFor(second).size() == 1);
        assertThat(model.requests()).hasSize(CIRCUIT_VOLUME);
        Instant opened = model.receivedAt().get(CIRCUIT_VOLUME - 1);
        assertThat(slack().messagesFor(second).get(0).text()).startsWith(UNAVAILABLE).contains("ticket #");

        // While open: two more customers get the polite outage reply and a ticket, and the model gets no request.
        String third = ask("Where is my refund?");
        String fourth = ask("How do I reset my password?");
        await().atMost(WAIT).until(() -> slack().messagesFor(third).size() == 1 && slack().messagesFor(fourth).size() == 1);
        for (String channel : List.of(third, fourth)) {
            assertThat(slack().messagesFor(channel).get(0).text()).startsWith(UNAVAILABLE).contains("ticket #")
                    .contains("a person from our support team");
            assertThat(column("SELECT status FROM conversations WHERE external_key LIKE ?", "%/" + channel + "/%"))
                    .containsExactly("WAITING_FOR_HUMAN");
            assertThat(column("SELECT t.description FROM tickets t JOIN conversations c ON c.id = t.conversation_id "
                    + "WHERE c.external_key LIKE ?", "%/" + channel + "/%")).singleElement().asString()
                    .contains("circuit breaker open");
        }
        assertThat(model.requests()).as("requests that reached the model while the circuit was open")
                .hasSize(CIRCUIT_VOLUME);
        assertThat(slack().messagesFor(fourth).get(0).receivedAt())
                .as("the refused turns were answered inside the circuit's open window")
                .isBefore(opened.plusSeconds(CIRCUIT_DELAY_SECONDS));

        // After the circuit's delay it lets a probe through; the model answers, the circuit closes, the bot answers.
        await().atMost(Duration.ofSeconds(CIRCUIT_DELAY_SECONDS + 30))
                .until(() -> Instant.now().isAfter(opened.plusSeconds(CIRCUIT_DELAY_SECONDS + 1)));
        model.answer("We're open 9 to 5, Monday to Friday.").answer("You can return it within 30 days.");
        String fifth = ask("What are your opening hours, please?");
        await().atMost(WAIT).until(() -> slack().messagesFor(fifth).size() == 1);
        assertThat(slack().messagesFor(fifth).get(0).text()).isEqualTo("We're open 9 to 5, Monday to Friday.");
        String sixth = ask("How long do I have to return an item?");
        await().atMost(WAIT).until(() -> slack().messagesFor(sixth).size() == 1);
        assertThat(slack().messagesFor(sixth).get(0).text()).isEqualTo("You can return it within 30 days.");
        assertThat(model.requests()).hasSize(CIRCUIT_VOLUME + 2);
    }

    @Test
    void aFullBulkheadGivesExcessTurnsOneBusyReplyAndEveryMessageIsAnsweredOnceTheModelHasRoom() {
        int conversations = 6;
        model.hold();
        for (int i = 0; i < conversations; i++) {
            model.answer("Here is the answer you were waiting for.");
        }
        List<String> channels = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            String channel = SlackPayloads.freshChannel();
            String event = SlackPayloads.freshEventId();
            post(SlackPayloads.channelMessage(event, channel, "Question " + i + ": where is my order?",
                    SlackPayloads.freshUser()));
            channels.add(channel);
            events.add(event);
        }

        // While the model holds the calls it got: exactly the bulkhead's worth reached it, every other turn got the
        // busy notice at once, and every message is still pending in the inbox (deferred, not lost, not failed).
        int excess = conversations - BULKHEAD;
        await().atMost(WAIT).until(() -> model.inFlight() == BULKHEAD && busyNotices(channels) == excess);
        assertThat(model.requests()).hasSize(BULKHEAD);
        assertThat(model.maxInFlight()).isEqualTo(BULKHEAD);
        assertThat(statuses(events)).containsOnly("PENDING").hasSize(conversations);
        assertThat(channels.stream().filter(c -> slack().messagesFor(c).isEmpty()).count()).isEqualTo(BULKHEAD);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'turn.deferred-busy' AND subject IN ("
                + "SELECT CONCAT('inbox:', id) FROM inbox_entries WHERE external_id IN (?, ?, ?, ?, ?, ?))",
                events.toArray())).isEqualTo(excess);

        // Release: every message ends answered, each conversation exactly once, busy ones after their one notice.
        model.release();
        await().atMost(WAIT).until(() -> statuses(events).stream().allMatch("DONE"::equals)
                && channels.stream().allMatch(c -> lastText(c).equals("Here is the answer you were waiting for.")));
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> channels.stream()
                .mapToInt(c -> slack().messagesFor(c).size()).sum() == conversations + excess);
        for (String channel : channels) {
            List<String> texts = slack().messagesFor(channel).stream().map(CapturedMessage::text).toList();
            assertThat(texts).last().isEqualTo("Here is the answer you were waiting for.");
            if (texts.size() == 2) {
                assertThat(texts.get(0)).contains(BUSY).contains("Your message is saved");
            } else {
                assertThat(texts).hasSize(1);
            }
        }
        assertThat(model.requests()).hasSize(conversations);
        assertThat(model.maxInFlight()).as("model calls in flight at once, over the whole test").isEqualTo(BULKHEAD);
        for (String channel : channels) {
            assertThat(column("SELECT status FROM outbox_entries WHERE conversation_ref LIKE ?", "%" + channel + "%"))
                    .containsOnly("DELIVERED");
        }
    }

    @Test
    void slackGetsEveryAckWithinThreeSecondsWhileTheModelCallHangs() {
        everyAckComesBackWhileTheModelCallIsHeld("Slack", new SlackCustomers(), SLACK_ACK_LIMIT);
    }

    @Test
    void teamsGetsEveryAckWhileTheModelCallHangs() {
        everyAckComesBackWhileTheModelCallIsHeld("Teams", new TeamsCustomers(), TEAMS_ACK_LIMIT);
    }

    /**
     * The model holds every call on its latch. A customer's first message starts a model call; while it is held, 5
     * follow-ups in the same conversation and 1 message in a new conversation are posted: each must be acknowledged
     * within the channel's limit, and all acks must come back while the model call is still held (2 calls in flight,
     * no reply sent). After the release every message is answered with the model's own answer.
     */
    private void everyAckComesBackWhileTheModelCallIsHeld(String channel, Customers customers, Duration limit) {
        int followUps = 5;
        model.hold();
        for (int i = 0; i < followUps + 2; i++) {
            model.answer("Thanks for your patience: answer " + i + ".");
        }
        List<Duration> acks = new ArrayList<>();
        acks.add(timedAck(() -> customers.open("Is my card blocked?")));
        await().atMost(WAIT).until(() -> model.inFlight() == 1);
        Instant modelCalled = model.receivedAt().get(0);

        // The model call is outstanding (held on the latch); every message posted now must still be acked in time.
        for (int i = 0; i < followUps; i++) {
            String text = "Follow-up " + i + ": hello? It's urgent.";
            acks.add(timedAck(() -> customers.followUp(text)));
        }
        acks.add(timedAck(() -> customers.elsewhere("Can I pay by invoice?")));

        // Causal check: all those acks came back while the first model call was still held (it completes only on
        // release, below), and no reply had been sent yet.
        await().atMost(WAIT).until(() -> model.inFlight() == BULKHEAD);
        assertThat(model.requests()).hasSize(BULKHEAD);
        assertThat(customers.replies()).isEmpty();
        assertThat(customers.repliesElsewhere()).isEmpty();
        assertThat(acks).hasSize(followUps + 2).allSatisfy(ack -> assertThat(ack).isLessThan(limit));
        Duration heldFor = Duration.between(modelCalled, Instant.now());
        System.out.printf("%s acks while the model call was outstanding: %d acks, max %d ms, all %s ms; "
                        + "model call held for %d ms before release%n", channel, acks.size(),
                acks.stream().mapToLong(Duration::toMillis).max().orElseThrow(),
                acks.stream().map(d -> Long.toString(d.toMillis())).toList(), heldFor.toMillis());

        model.release();
        await().atMost(WAIT).until(() -> customers.replies().size() == followUps + 1
                && customers.repliesElsewhere().size() == 1);
        // The held calls were answered by the model after the release (no timeout cut them short): the first turn's
        // reply is the answer its held request took, and every turn got the model's answer.
        assertThat(customers.replies().get(0)).isEqualTo("Thanks for your patience: answer 0.");
        assertThat(customers.repliesElsewhere().get(0)).isEqualTo("Thanks for your patience: answer 1.");
        assertThat(customers.replies()).allMatch(t -> t.startsWith("Thanks"));
        assertThat(model.requests()).hasSize(followUps + 2);
    }

    /** One channel's customers, as the ack test needs them: one who writes many times, and one other. */
    private interface Customers {

        /** Posts the first customer's first message, in a new conversation. @return the channel's answer */
        HttpResponse<String> open(String text);

        /** Posts another message of the first customer in the same conversation. @return the channel's answer */
        HttpResponse<String> followUp(String text);

        /** Posts a message of another customer in a conversation of its own. @return the channel's answer */
        HttpResponse<String> elsewhere(String text);

        /** @return the texts of the replies the first customer's conversation got, oldest first */
        List<String> replies();

        /** @return the texts of the replies the other customer's conversation got, oldest first */
        List<String> repliesElsewhere();
    }

    /** Slack customers: the first writes in a channel and follows up in the thread of that message. */
    private static final class SlackCustomers implements Customers {

        private final String channel = SlackPayloads.freshChannel();
        private final String other = SlackPayloads.freshChannel();
        private final String user = SlackPayloads.freshUser();
        private String threadTs;

        @Override
        public HttpResponse<String> open(String text) {
            JsonObject first = SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, text, user);
            threadTs = first.getJsonObject("event").getString("ts");
            return postSigned(first.toString());
        }

        @Override
        public HttpResponse<String> followUp(String text) {
            JsonObject reply = SlackPayloads.threadReply(SlackPayloads.freshEventId(), channel, threadTs, text);
            return postSigned(Json.createObjectBuilder(reply).add("event", Json.createObjectBuilder(
                    reply.getJsonObject("event")).add("user", user)).build().toString());
        }

        @Override
        public HttpResponse<String> elsewhere(String text) {
            return postSigned(SlackPayloads.channelMessage(SlackPayloads.freshEventId(), other, text,
                    SlackPayloads.freshUser()).toString());
        }

        @Override
        public List<String> replies() {
            return slack().messagesFor(channel).stream().map(CapturedMessage::text).toList();
        }

        @Override
        public List<String> repliesElsewhere() {
            return slack().messagesFor(other).stream().map(CapturedMessage::text).toList();
        }
    }

    /** Teams customers: each writes in a personal chat with the bot (the real activity {@code msg-001}). */
    private static final class TeamsCustomers implements Customers {

        private final String person = TeamsActivities.freshPerson();
        private JsonObject first;
        private JsonObject other;

        @Override
        public HttpResponse<String> open(String text) {
            first = TeamsActivities.customerMessage(text, person);
            return TeamsActivities.postSigned(first);
        }

        @Override
        public HttpResponse<String> followUp(String text) {
            return TeamsActivities.postSigned(TeamsActivities.followUp(first, text));
        }

        @Override
        public HttpResponse<String> elsewhere(String text) {
            other = TeamsActivities.customerMessage(text, TeamsActivities.freshPerson());
            return TeamsActivities.postSigned(other);
        }

        @Override
        public List<String> replies() {
            return texts(first);
        }

        @Override
        public List<String> repliesElsewhere() {
            return texts(other);
        }

        private static List<String> texts(JsonObject message) {
            return teams().activitiesFor(TeamsActivities.conversationId(message)).stream()
                    .map(CapturedActivity::text).toList();
        }
    }

    /** Posts a customer message in a fresh channel. @return the channel */
    private static String ask(String text) {
        String channel = SlackPayloads.freshChannel();
        post(SlackPayloads.channelMessage(SlackPayloads.freshEventId(), channel, text));
        return channel;
    }

    private static void post(JsonObject payload) {
        assertThat(postSigned(payload.toString()).statusCode()).isEqualTo(200);
    }

    /** Posts a message. @return how long the 200 ack took, from sending the request to its response */
    private static Duration timedAck(Supplier<HttpResponse<String>> post) {
        long start = System.nanoTime();
        HttpResponse<String> response = post.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return took;
    }

    private static long busyNotices(List<String> channels) {
        return channels.stream().filter(c -> slack().messagesFor(c).stream().anyMatch(m -> m.text().contains(BUSY)))
                .count();
    }

    private static String lastText(String channel) {
        List<CapturedMessage> messages = slack().messagesFor(channel);
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).text();
    }

    private static List<String> statuses(List<String> events) {
        return column("SELECT status FROM inbox_entries WHERE external_id IN (" + "?, ".repeat(events.size() - 1)
                + "?)", events.toArray());
    }
}
