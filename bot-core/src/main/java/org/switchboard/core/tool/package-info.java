/**
 * The tool SPI: what a tool plugin declares ({@link org.switchboard.core.tool.PluginDescriptor},
 * {@link org.switchboard.core.tool.ToolDefinition}) and how the pipeline calls it
 * ({@link org.switchboard.core.tool.ToolCall}, {@link org.switchboard.core.tool.ToolContext},
 * {@link org.switchboard.core.tool.ToolResult}), plus the {@link org.switchboard.core.tool.ToolRegistry} that
 * discovers plugins with CDI ({@code @Any Instance<ToolPlugin>}) and drives their errbot-style lifecycle
 * ({@link org.switchboard.core.tool.ConfigurationTemplate} of typed {@link org.switchboard.core.tool.ConfigField}s,
 * validate, configure with a {@link org.switchboard.core.tool.PluginConfiguration}, activate, deactivate) from the
 * settings admins stored ({@link org.switchboard.core.tool.PluginSettingsStore}, implemented in
 * {@code org.switchboard.core.plugin}). Only {@link org.switchboard.core.tool.PluginState#ACTIVE} plugins' tools
 * are offered and run; an agent uses the tools granted to it through
 * {@link org.switchboard.core.tool.ToolInvoker#forAgent(String)}.
 *
 * <p>Implementations live outside bot-core (module {@code tool-plugins} or drop-in jars). A tool never takes
 * a turn down: the registry turns every exception into an error {@link org.switchboard.core.tool.ToolResult}.
 * No channel (Slack, Teams, mail) classes here.
 */
package org.switchboard.core.tool;
