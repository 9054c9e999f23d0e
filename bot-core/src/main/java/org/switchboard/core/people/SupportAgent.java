package org.switchboard.core.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.core.channel.Channel;

/** A support agent: a person with a console account and chat ids (table {@code support_agents}). */
@Entity
@Table(name = "support_agents")
public class SupportAgent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", nullable = false, length = 100, unique = true)
    private String userName;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupportRole role;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_agent_identities", joinColumns = @JoinColumn(name = "support_agent_id"))
    private Set<SupportAgentIdentity> identities = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupportAgent() {
        // JPA
    }

    /**
     * @param spec what the admin said
     * @param now  the time
     */
    public SupportAgent(SupportAgentSpec spec, Instant now) {
        this.userName = spec.userName();
        this.createdAt = now;
        update(spec, now);
    }

    /**
     * Replaces name, role and channel ids (not the user name, not the password).
     *
     * @param spec what the admin said; its user name is ignored
     * @param now  the time
     */
    public void update(SupportAgentSpec spec, Instant now) {
        this.displayName = spec.displayName();
        this.role = spec.role();
        this.identities.clear();
        this.identities.addAll(spec.identities());
        this.updatedAt = now;
    }

    /**
     * @param hash a hash in Jakarta Security's {@code Pbkdf2PasswordHash} format, or null to disable sign-in
     * @param now  the time
     */
    public void setPasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.updatedAt = now;
    }

    /** @return the console sign-in */
    public String getUserName() {
        return userName;
    }

    /** @return the name people see */
    public String getDisplayName() {
        return displayName;
    }

    /** @return the role */
    public SupportRole getRole() {
        return role;
    }

    /** @return the password hash, or null when this person cannot sign in */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** @return when the record last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * @param channel a channel
     * @return this person's ids in it, in the order stored
     */
    public List<String> idsIn(Channel channel) {
        return identities.stream().filter(i -> i.channel() == channel).map(SupportAgentIdentity::externalId).toList();
    }
}
