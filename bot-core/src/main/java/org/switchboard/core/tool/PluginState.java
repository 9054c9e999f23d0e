package org.switchboard.core.tool;

/** Where a plugin is in its lifecycle on this server. Only an {@link #ACTIVE} plugin's tools are offered. */
public enum PluginState {
    /** Configured and activated: its tools are offered and run. */
    ACTIVE,
    /** Switched off by an admin (or not activated yet); its tools are neither offered nor run. */
    DISABLED,
    /** {@code configure} or {@code activate} threw; the error is reported, the plugin skipped. */
    FAILED,
    /** Enabled, but its configuration is incomplete or invalid (the field errors are reported). */
    UNCONFIGURED
}
