/**
 * Agents: what answers a customer's turn. {@link org.switchboard.core.agent.Agent} is the contract;
 * {@link org.switchboard.core.agent.ModelAgent} runs the agent profiles on a
 * language model; the offline, deterministic team (no network, no key) lives in
 * {@link org.switchboard.core.agent.offline}. Shared pieces: small talk, requests for a person, cited answers. Agents call tools
 * only through {@link org.switchboard.core.tool.ToolRegistry}, with the verified customer in the
 * {@link org.switchboard.core.tool.ToolContext}. No channel or persistence code here.
 */
package org.switchboard.core.agent;
