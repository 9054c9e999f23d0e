package org.switchboard.core.agent;

import org.switchboard.core.tool.ToolResult;

/**
 * The decision policy of help-center answers: what the result of one {@code search_knowledge_base} call lets the
 * bot say (quote a passage, ask which article the customer means, or say it does not know). The offline agent's
 * knowledge skill depends on this port; the policy behind it (thresholds, calibration) can change without touching
 * how answers are asked, rendered or delivered.
 */
@FunctionalInterface
public interface KnowledgeDecider {

    /**
     * @param result the search tool's result (a failed call, or one without hits, decides {@link
     *               KnowledgeDecision.Unknown} with confidence 0)
     * @return the decision; never null
     */
    KnowledgeDecision decide(ToolResult result);
}
