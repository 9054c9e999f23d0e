package org.switchboard.core.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.switchboard.core.channel.Channel;

/**
 * One id a support agent is known by in a channel (a row of {@code support_agent_identities}): a Slack user id
 * ({@code U0123ABC}), a Teams AAD object id, or an email address (lower case).
 */
@Embeddable
public class SupportAgentIdentity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    protected SupportAgentIdentity() {
        // JPA
    }

    /**
     * @param channel    the channel
     * @param externalId the id in it, already checked ({@link SupportAgentSpec})
     */
    public SupportAgentIdentity(Channel channel, String externalId) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.externalId = Objects.requireNonNull(externalId, "externalId");
    }

    /** @return the channel */
    public Channel channel() {
        return channel;
    }

    /** @return the id in the channel */
    public String externalId() {
        return externalId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportAgentIdentity other && channel == other.channel
                && externalId.equals(other.externalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, externalId);
    }
}
