package org.switchboard.server.admin;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which conversations an admin lists: by customer, channel and status; an empty part matches every conversation.
 *
 * @param customerId the customer's id
 * @param channel    SLACK, TEAMS or EMAIL
 * @param status     OPEN, WAITING_FOR_HUMAN, HANDED_OFF or CLOSED
 */
public record ConversationFilter(Optional<Long> customerId, Optional<String> channel, Optional<String> status) {

    private static final Set<String> CHANNELS = Set.of("SLACK", "TEAMS", "EMAIL");
    private static final Set<String> STATUSES = Set.of("OPEN", "WAITING_FOR_HUMAN", "HANDED_OFF", "CLOSED");

    /** A filter that matches every conversation. */
    public static final ConversationFilter ALL = new ConversationFilter(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * @param customer a customer id as typed, or null/blank
     * @param channel  a channel name in any case, or null/blank
     * @param status   a status name in any case, or null/blank
     * @return the filter
     * @throws IllegalArgumentException when a part is not a customer id, channel or status
     */
    public static ConversationFilter parse(String customer, String channel, String status) {
        Optional<Long> customerId = blank(customer) ? Optional.empty() : Optional.of(customerId(customer.strip()));
        return new ConversationFilter(customerId, oneOf("channel", channel, CHANNELS), oneOf("status", status, STATUSES));
    }

    private static long customerId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("customer must be a customer id (a number)");
        }
    }

    private static Optional<String> oneOf(String name, String value, Set<String> allowed) {
        if (blank(value)) {
            return Optional.empty();
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new IllegalArgumentException(name + " must be one of " + allowed.stream().sorted().toList());
        }
        return Optional.of(upper);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
