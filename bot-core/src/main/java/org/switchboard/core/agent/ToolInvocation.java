package org.switchboard.core.agent;

import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolResult;

/**
 * One tool call an agent made during a turn and what came back, for the transcript.
 *
 * @param call   the call
 * @param result its result
 */
public record ToolInvocation(ToolCall call, ToolResult result) {
}
