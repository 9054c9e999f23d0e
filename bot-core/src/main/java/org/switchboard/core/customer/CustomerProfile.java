package org.switchboard.core.customer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.switchboard.core.channel.Channel;

/**
 * What Switchboard knows about one customer, for the customer themself (tool {@code get_my_profile}).
 *
 * @param customerId    the customer's id
 * @param displayName   the name the customer is known by, or null
 * @param customerSince when the customer first wrote
 * @param identities    how the customer reaches support, oldest first; never null
 * @param conversations how many conversations the customer had, at least 0
 * @param openTickets   how many of the customer's tickets are not closed, at least 0
 */
public record CustomerProfile(long customerId, String displayName, Instant customerSince, List<Identity> identities,
                              long conversations, long openTickets) {

    /** Copies the identities; requires customerSince. */
    public CustomerProfile {
        Objects.requireNonNull(customerSince, "customerSince");
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    /**
     * One channel identity of the customer (table {@code channel_identities}).
     *
     * @param channel    the channel
     * @param externalId the channel's id of the customer (Slack {@code team:user}, an email address, ...)
     * @param since      when it was first seen
     */
    public record Identity(Channel channel, String externalId, Instant since) {
        /** @throws NullPointerException if channel or externalId is null */
        public Identity {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(externalId, "externalId");
        }
    }
}
