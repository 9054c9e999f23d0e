package org.switchboard.core.turn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.ModelAgent;
import org.switchboard.core.agent.offline.OfflineAgent;
import org.switchboard.core.model.ModelGateway;

/**
 * Finds the agent for a turn: with a language model configured ({@code MODEL_PROVIDER} other than {@code offline})
 * the {@link ModelAgent}, otherwise the {@link OfflineAgent}. Both start from the conversation's active agent
 * profile ({@link org.switchboard.core.agent.AgentRequest#activeAgent()}) and report handoffs in their replies.
 */
@ApplicationScoped
public class AgentDirectory {

    @Inject
    OfflineAgent offlineAgent;

    @Inject
    ModelAgent modelAgent;

    @Inject
    ModelGateway model;

    /** @return the model agent when a model is configured, else the offline agent */
    public Agent current() {
        return model.isConfigured() ? modelAgent : offlineAgent;
    }
}
