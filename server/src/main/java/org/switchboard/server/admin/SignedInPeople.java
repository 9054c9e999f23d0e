package org.switchboard.server.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import org.switchboard.core.conversation.HumanActor;
import org.switchboard.core.people.SupportAgent;
import org.switchboard.core.people.SupportAgents;

/** The person behind an admin API request: their user name and the display name the transcript shows. */
@ApplicationScoped
public class SignedInPeople {

    @Inject
    SupportAgents people;

    /**
     * @param security the request's security context (authenticated: the admin API requires it)
     * @return the caller: a support agent with their display name, or the configured admin by user name
     */
    public HumanActor of(SecurityContext security) {
        String user = security.getUserPrincipal().getName();
        return new HumanActor(user, people.find(user).map(SupportAgent::getDisplayName).orElse(user));
    }
}
