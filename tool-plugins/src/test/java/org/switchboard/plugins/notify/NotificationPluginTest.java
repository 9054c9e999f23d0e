package org.switchboard.plugins.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.notification.CustomerNotifications;
import org.switchboard.core.notification.Notification;
import org.switchboard.core.notification.UnreachableCustomerException;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/** {@link NotificationPlugin}: messages go to the verified customer, only in channels they have used. */
class NotificationPluginTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(42), new ConversationId(7),
            Channel.SLACK);

    /** Customer 42 has written in Slack and email; records what was queued. */
    private static final class FakeNotifications extends CustomerNotifications {
        final List<String> sent = new ArrayList<>();

        @Override
        public Notification send(CustomerId customer, Channel channel, String text, String author) {
            List<Channel> reachable = customer.value() == 42 ? List.of(Channel.SLACK, Channel.EMAIL) : List.of();
            if (!reachable.contains(channel)) {
                throw new UnreachableCustomerException(channel, reachable);
            }
            sent.add(customer.value() + " " + channel + " " + author + ": " + text);
            return new Notification(new ConversationId(channel == Channel.EMAIL ? 12 : 7), channel, 40);
        }
    }

    private final FakeNotifications notifications = new FakeNotifications();
    private final NotificationPlugin plugin = new NotificationPlugin(notifications);

    private ToolResult call(JsonObjectBuilder arguments) {
        return plugin.execute(new ToolCall("notify_customer", arguments.build()), CONTEXT);
    }

    @Test
    void describesOneWriteToolWithAChannelEnumAndAMessage() {
        assertThat(plugin.descriptor().id()).isEqualTo("notifications");
        assertThat(plugin.tools()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("notify_customer");
            assertThat(t.risk()).isEqualTo(ToolRisk.WRITE);
            assertThat(t.parameters().getJsonObject("properties").getJsonObject("channel").getJsonArray("enum"))
                    .containsExactly(Json.createValue("slack"), Json.createValue("teams"), Json.createValue("email"));
            assertThat(t.parameters().getJsonArray("required"))
                    .containsExactly(Json.createValue("channel"), Json.createValue("message"));
        });
    }

    @Test
    void queuesTheMessageForTheVerifiedCustomerInTheChosenChannel() {
        ToolResult result = call(Json.createObjectBuilder().add("channel", "Email")
                .add("message", " Your refund of $812 was approved. ").add("customer_id", 1));

        assertThat(result.success()).isTrue();
        assertThat(result.content()).isEqualTo("The message was queued for the customer in email.");
        assertThat(result.data()).isEqualTo(Json.createObjectBuilder().add("channel", "EMAIL")
                .add("conversationId", 12).add("outboxEntryId", 40).build());
        assertThat(notifications.sent).containsExactly("42 EMAIL notifications: Your refund of $812 was approved.");
    }

    @Test
    void aChannelTheCustomerNeverUsedIsRefusedNamingTheReachableOnes() {
        ToolResult result = call(Json.createObjectBuilder().add("channel", "teams").add("message", "Hello"));
        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains("never written in Microsoft Teams").contains("[Slack, email]");
        assertThat(notifications.sent).isEmpty();
    }

    @Test
    void badArgumentsSendNothing() {
        assertThat(call(Json.createObjectBuilder().add("channel", "fax").add("message", "Hi")).content())
                .contains("one of slack, email, teams");
        assertThat(call(Json.createObjectBuilder().add("channel", "slack")).content())
                .contains("Missing required argument 'message'");
        assertThat(call(Json.createObjectBuilder().add("channel", "slack").add("message", "x".repeat(4001)))
                .content()).contains("at most 4000");
        assertThat(call(Json.createObjectBuilder().add("message", "Hi")).success()).isFalse();
        assertThat(plugin.execute(new ToolCall("open_ticket", null), CONTEXT).success()).isFalse();
        assertThat(notifications.sent).isEmpty();
    }
}
