package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.slack;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Durability across an application restart (undeploy, then deploy again: every in-memory queue, executor and
 * cache is gone): a reply that could not be delivered before is delivered exactly once after, and the same
 * event delivered again after the restart is not answered twice.
 */
@ExtendWith(ArquillianExtension.class)
class SlackRestartIT {

    private static final String APP = "restartable";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);

    @ArquillianResource
    Deployer deployer;

    /**
     * Deployed by the first test (or shared with the class before), restarted where a test asks, left to Arquillian
     * when the class ends ({@link DeploymentReuse}).
     */
    private static Restartable app;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war();
    }

    @AfterEach
    void clearStandIns() {
        slack().clear();
    }

    @Test
    void aReplyLeftUndeliveredBeforeARestartIsDeliveredOnceAfterIt() {
        deploy();
        slack().clear();
        slack().failNext(10_000, 503, null);
        String eventId = SlackPayloads.freshEventId();
        String channel = SlackPayloads.freshChannel();
        String body = SlackPayloads.channelMessage(eventId, channel, "How do I dispute a card transaction?").toString();
        assertThat(postSigned(body).statusCode()).isEqualTo(200);

        String outboxOfEvent = "SELECT o.%s FROM outbox_entries o JOIN inbox_entries i ON o.inbox_entry_id = i.id"
                + " WHERE i.external_id = ?";
        await().atMost(WAIT).until(() -> column(outboxOfEvent.formatted("attempts"), eventId).stream()
                .anyMatch(a -> Integer.parseInt(a) >= 1));
        assertThat(column(outboxOfEvent.formatted("status"), eventId)).containsExactly("PENDING");
        assertThat(slack().messagesFor(channel)).isEmpty();

        app.restart("/slack/events", () -> slack().clear());
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() >= 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(column(outboxOfEvent.formatted("status"), eventId)).containsExactly("DELIVERED");

        assertThat(postSigned(body).statusCode()).isEqualTo(200);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> slack().messagesFor(channel).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM inbox_entries WHERE external_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredAgainAfterARestartIsNotAnsweredTwice() {
        deploy();
        slack().clear();
        String eventId = SlackPayloads.freshEventId();
        String channel = SlackPayloads.freshChannel();
        String body = SlackPayloads.channelMessage(eventId, channel, "thank you").toString();
        assertThat(postSigned(body).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> slack().messagesFor(channel).size() == 1);

        app.restart("/slack/events", () -> { });
        assertThat(postSigned(body).statusCode()).isEqualTo(200);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> slack().messagesFor(channel).size() == 1);
    }

    private void deploy() {
        if (app == null) {
            app = new Restartable(deployer, APP);
        }
        app.deploy();
    }
}
