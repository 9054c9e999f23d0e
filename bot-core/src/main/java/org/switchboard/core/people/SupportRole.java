package org.switchboard.core.people;

import java.util.Locale;

/** What a support agent may do in the admin API and console. */
public enum SupportRole {
    /** Everything an admin does: configuration, plugins, people, and conversations. */
    ADMIN("admin"),
    /** Conversations only: read them, take over, reply, note, hand back, close. */
    AGENT("support-agent");

    private final String group;

    SupportRole(String group) {
        this.group = group;
    }

    /** @return the Jakarta Security group (and role) the account gets: {@code admin} or {@code support-agent} */
    public String group() {
        return group;
    }

    /**
     * @param name {@code admin} or {@code agent}, any case
     * @return the role
     * @throws IllegalArgumentException for anything else
     */
    public static SupportRole of(String name) {
        if (name != null) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "admin":
                    return ADMIN;
                case "agent":
                    return AGENT;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("role must be 'admin' or 'agent', not '" + name + "'");
    }
}
