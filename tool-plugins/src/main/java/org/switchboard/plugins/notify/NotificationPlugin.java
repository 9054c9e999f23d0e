package org.switchboard.plugins.notify;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.notification.CustomerNotifications;
import org.switchboard.core.notification.Notification;
import org.switchboard.core.notification.UnreachableCustomerException;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.arguments.ToolArguments;

/**
 * Tool plugin {@value #ID}: the tool {@value #NOTIFY_CUSTOMER} (risk {@code WRITE}) sends the conversation's
 * verified customer ({@link ToolContext#customerId()}) a message in one of the channels they use, for example an
 * email confirmation while chatting in Slack. The recipient is never taken from the arguments.
 *
 * <p>Arguments: {@code channel} (required, one of {@code slack}, {@code email}, {@code teams}, case-insensitive)
 * and {@code message} (required, at most {@value #MAX_MESSAGE} characters). Result {@code data}:
 * {@code {"channel": "EMAIL", "conversationId": 12, "outboxEntryId": 40}}; an error result (nothing sent) naming
 * the reachable channels when the customer never wrote in the requested one.
 */
@ApplicationScoped
public class NotificationPlugin implements ToolPlugin {

    /** The plugin id. */
    public static final String ID = "notifications";
    /** The plugin version. */
    public static final String VERSION = "1.0.0";
    /** The tool's function name. */
    public static final String NOTIFY_CUSTOMER = "notify_customer";
    /** Longest message accepted. */
    public static final int MAX_MESSAGE = 4000;

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Sends the customer a message through any channel they use (Slack, email, Teams).");

    private static final ToolDefinition DEFINITION = new ToolDefinition(NOTIFY_CUSTOMER, """
            Send the customer you are talking to a message in another channel they use, e.g. an email copy of \
            a confirmation while chatting in Slack. Only channels the customer has written in before can be used; \
            the message goes to their most recent conversation there. Do not use it to answer in the current \
            conversation: just reply.""", parameters(), ToolRisk.WRITE);

    private CustomerNotifications notifications;

    /** For CDI's client proxy only; the container uses {@link #NotificationPlugin(CustomerNotifications)}. */
    protected NotificationPlugin() {
    }

    /**
     * @param notifications where messages are queued
     * @throws NullPointerException if notifications is null
     */
    @Inject
    public NotificationPlugin(CustomerNotifications notifications) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    private static JsonObject parameters() {
        JsonArrayBuilder channels = JSON.createArrayBuilder();
        for (Channel c : Channel.values()) {
            channels.add(c.name().toLowerCase(Locale.ROOT));
        }
        return JSON.createObjectBuilder()
                .add("type", "object")
                .add("properties", JSON.createObjectBuilder()
                        .add("channel", JSON.createObjectBuilder().add("type", "string").add("enum", channels)
                                .add("description", "The channel to write in."))
                        .add("message", JSON.createObjectBuilder().add("type", "string").add("maxLength", MAX_MESSAGE)
                                .add("description", "The message, complete and polite, as the customer will read it.")))
                .add("required", JSON.createArrayBuilder().add("channel").add("message"))
                .build();
    }

    /** @return id {@value #ID}, version {@value #VERSION} */
    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** @return the single tool {@value #NOTIFY_CUSTOMER} */
    @Override
    public List<ToolDefinition> tools() {
        return List.of(DEFINITION);
    }

    /**
     * Queues the message in the caller's transaction (the turn's).
     *
     * @param call    a {@value #NOTIFY_CUSTOMER} call
     * @param context the verified customer
     * @return ok with the data above; an error result for bad arguments, another tool name or an unreachable
     *         channel
     */
    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        if (!NOTIFY_CUSTOMER.equals(call.name())) {
            return ToolResult.error("The notifications plugin has no tool named '" + call.name() + "'.");
        }
        Channel channel;
        String message;
        try {
            channel = channel(ToolArguments.requiredString(call.arguments(), "channel"));
            message = ToolArguments.requiredString(call.arguments(), "message");
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        if (message.length() > MAX_MESSAGE) {
            return ToolResult.error("Argument 'message' must have at most " + MAX_MESSAGE + " characters.");
        }
        try {
            Notification sent = notifications.send(context.customerId(), channel, message, ID);
            return ToolResult.ok("The message was queued for the customer in " + label(channel) + ".",
                    JSON.createObjectBuilder().add("channel", channel.name())
                            .add("conversationId", sent.conversation().value())
                            .add("outboxEntryId", sent.outboxEntryId()).build());
        } catch (UnreachableCustomerException e) {
            return ToolResult.error("The customer has never written in " + label(channel) + ", so nothing was sent."
                    + (e.reachable().isEmpty() ? "" : " They can be reached in: " + e.reachable().stream()
                    .map(NotificationPlugin::label).toList() + "."));
        }
    }

    private static Channel channel(String value) throws InvalidToolArgumentException {
        try {
            return Channel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidToolArgumentException("Argument 'channel' must be one of slack, email, teams.");
        }
    }

    private static String label(Channel channel) {
        return switch (channel) {
            case SLACK -> "Slack";
            case EMAIL -> "email";
            case TEAMS -> "Microsoft Teams";
        };
    }
}
