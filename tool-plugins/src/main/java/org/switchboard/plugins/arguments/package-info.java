/**
 * Reading a tool call's JSON arguments ({@link org.switchboard.core.tool.ToolCall#arguments()}) and checking
 * them against the small JSON-Schema subset the plugins declare ({@code string}, {@code integer} with
 * {@code minimum}/{@code maximum}, {@code required}).
 *
 * <p>A bad argument is reported as {@link org.switchboard.plugins.arguments.InvalidToolArgumentException},
 * whose message is written for the model; plugins turn it into
 * {@link org.switchboard.core.tool.ToolResult#error(String)}.
 */
package org.switchboard.plugins.arguments;
