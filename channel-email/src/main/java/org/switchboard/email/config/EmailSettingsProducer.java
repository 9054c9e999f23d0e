package org.switchboard.email.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Produces {@link EmailSettings} from MicroProfile Config (system properties, environment, microprofile-config.properties). */
@ApplicationScoped
public class EmailSettingsProducer {

    @Inject
    Config config;

    /**
     * @return the settings, read from the current configuration
     * @throws IllegalArgumentException when a value is malformed
     */
    @Produces
    public EmailSettings settings() {
        return EmailSettings.from(name -> config.getOptionalValue(name, String.class));
    }
}
