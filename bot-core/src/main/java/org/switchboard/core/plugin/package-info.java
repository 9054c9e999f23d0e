/**
 * Plugin administration: where admins' decisions about tool plugins are kept (MariaDB tables
 * {@code plugin_registry}, {@code agent_tool_grants}, {@code plugin_registry_revision}) and how they are
 * changed ({@link org.switchboard.core.plugin.PluginAdministration}: enable, disable, configure, grant tools to
 * agents; validated, audited, effective on every server without a restart).
 *
 * <p>The plugin SPI and the lifecycle itself live in {@code org.switchboard.core.tool}
 * ({@link org.switchboard.core.tool.ToolPlugin}, {@link org.switchboard.core.tool.ToolRegistry}); this package
 * depends on it, never the other way (the registry reads through the
 * {@link org.switchboard.core.tool.PluginSettingsStore} port). Values of secret fields are stored (encrypted at rest
 * when {@code SWITCHBOARD_SECRETS_KEY} is set: {@link org.switchboard.core.plugin.ConfigurationCipher}), but never
 * returned by {@link org.switchboard.core.plugin.PluginView}, logged or written to the audit log. No REST,
 * Slack or other channel code here.
 */
package org.switchboard.core.plugin;
