package org.switchboard.core.routing;

import java.util.Objects;

/**
 * Where a message should go.
 *
 * @param label      the best label: an agent name ({@code knowledge}, {@code orders}, {@code account},
 *                   {@code technical}, {@code human}) or {@link #OFF_TOPIC}; never null
 * @param confidence the routing model's probability of {@code label}, in [0, 1]
 * @param confident  true when {@code confidence} reaches the router's threshold: act on the label; false: the
 *                   message is ambiguous (a short follow-up such as "yes" or an order number), keep the conversation
 *                   where it is
 */
public record Route(String label, double confidence, boolean confident) {

    /** The label of messages no support agent handles (weather, recipes, jokes...). */
    public static final String OFF_TOPIC = "off_topic";

    /** @throws NullPointerException if label is null */
    public Route {
        Objects.requireNonNull(label, "label");
    }

    /** @return whether the router is sure the message is outside what customer support handles */
    public boolean offTopic() {
        return confident && OFF_TOPIC.equals(label);
    }
}
