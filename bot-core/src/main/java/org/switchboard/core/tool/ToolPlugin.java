package org.switchboard.core.tool;

import java.util.List;

/**
 * A tool plugin: a CDI bean (normally {@code @ApplicationScoped}) that offers one or more tools to the agent
 * pipeline. Discovered by {@link ToolRegistry} through {@code @Any Instance<ToolPlugin>}, whether it lives in
 * the {@code tool-plugins} module or in a jar dropped into the WAR.
 *
 * <p>Modelled on errbot's plugins. Lifecycle, driven by {@link ToolRegistry} whenever the plugin is enabled or
 * its configuration changes (also at start-up):
 * <ol>
 *   <li>{@link #configurationTemplate()}: the typed fields the plugin needs (defaults, secrets marked);</li>
 *   <li>{@link #validate(PluginConfiguration)}: the registry first checks types and required fields itself,
 *       then asks the plugin for its own rules (cross-field checks); any error leaves the plugin
 *       {@link PluginState#UNCONFIGURED};</li>
 *   <li>{@link #configure(PluginConfiguration)} then {@link #activate()}: if either throws, the plugin is
 *       {@link PluginState#FAILED}, reported with the error and skipped; every other plugin keeps working;</li>
 *   <li>{@link #deactivate()}: when an admin disables it, before a reconfiguration, and never concurrently
 *       with the other lifecycle methods.</li>
 * </ol>
 * Every lifecycle method has a default that does nothing, so a plugin without configuration implements only
 * {@link #descriptor()}, {@link #tools()} and {@link #execute(ToolCall, ToolContext)}. {@code execute} may run
 * on several threads at once, and only while the plugin is active.
 */
public interface ToolPlugin {

    /** @return the plugin's id, version and description; never null */
    PluginDescriptor descriptor();

    /** @return the tools this plugin offers; never null, names unique across all plugins */
    List<ToolDefinition> tools();

    /**
     * Runs one of this plugin's tools.
     *
     * @param call    the call; {@code call.name()} is one of {@link #tools()}
     * @param context the verified customer and conversation the call is made for
     * @return the result; a plugin reports bad arguments or a missing record as {@link ToolResult#error(String)}
     * @throws Exception on an unexpected failure; the registry turns it into an error result for the model
     */
    ToolResult execute(ToolCall call, ToolContext context) throws Exception;

    /**
     * Whether a tool reads or changes data that belongs to the customer (orders, profile, tickets, reservations,
     * notifications to their other channels). {@link ToolRegistry} refuses such a tool, politely and before it
     * runs, for a sender the channel could not authenticate ({@link ToolContext#senderVerified()} false). The
     * default is true (fail closed); a plugin answers false only for tools that work from public data (help-center
     * search, product catalogue, flight search) or that hand the conversation to a person.
     *
     * @param toolName one of {@link #tools()}
     * @return true unless the tool is safe for an unauthenticated sender
     */
    default boolean actsOnCustomerData(String toolName) {
        return true;
    }

    /** @return the configuration this plugin needs; the default is none */
    default ConfigurationTemplate configurationTemplate() {
        return ConfigurationTemplate.empty();
    }

    /**
     * The plugin's own checks of a configuration, after the registry checked it against
     * {@link #configurationTemplate()} (types, required fields, unknown fields).
     *
     * @param configuration the effective configuration (configured values, else defaults)
     * @return the problems, empty when acceptable (the default); never put a secret's value in a message
     */
    default List<FieldError> validate(PluginConfiguration configuration) {
        return List.of();
    }

    /**
     * Takes a validated configuration; called before every {@link #activate()}.
     *
     * @param configuration the effective configuration
     * @throws Exception if the plugin cannot use it; the plugin is then reported {@link PluginState#FAILED}
     */
    default void configure(PluginConfiguration configuration) throws Exception {
    }

    /**
     * Starts the plugin (connect, load, warm up). After it returns, {@link #execute} may be called.
     *
     * @throws Exception if the plugin cannot start; it is reported {@link PluginState#FAILED} and its tools are
     *                   not offered
     */
    default void activate() throws Exception {
    }

    /**
     * Stops the plugin (disabled by an admin, or about to be reconfigured). No {@link #execute} starts after
     * this is called.
     *
     * @throws Exception on failure; logged, the plugin counts as stopped anyway
     */
    default void deactivate() throws Exception {
    }
}
