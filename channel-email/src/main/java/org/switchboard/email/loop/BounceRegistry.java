package org.switchboard.email.loop;

import java.time.Instant;

/**
 * Port: addresses that bounced for good (table {@code email_undeliverable}). The poller marks the failed
 * recipients of a delivery status notification; the reply deliverer refuses to send to a marked address; an
 * ordinary message from a marked address clears it. Implemented by {@link JpaBounceRegistry}.
 */
public interface BounceRegistry {

    /**
     * Marks an address undeliverable, or counts one more bounce for it.
     *
     * @param address   the failed recipient, lower case
     * @param reason    what the report said (cut to 500 characters)
     * @param messageId the bounce's Message-ID
     * @param at        when
     */
    void markUndeliverable(String address, String reason, String messageId, Instant at);

    /**
     * @param address an address, any case
     * @return whether it is marked undeliverable
     */
    boolean isUndeliverable(String address);

    /**
     * Removes the mark (the address just wrote to us, so it exists).
     *
     * @param address an address, any case
     * @return whether a mark was removed
     */
    boolean clear(String address);
}
