package org.switchboard.core.plugin;

/** No discovered plugin has the given id. */
public class UnknownPluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param pluginId the id asked for */
    public UnknownPluginException(String pluginId) {
        super("No plugin with the id '" + pluginId + "'");
    }
}
