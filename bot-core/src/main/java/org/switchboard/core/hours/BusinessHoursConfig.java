package org.switchboard.core.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured {@link BusinessHours} (MicroProfile Config): {@code switchboard.business.hours} (env
 * {@code SWITCHBOARD_BUSINESS_HOURS}, e.g. {@code Mon-Fri 09:00-17:00}; unset: always open),
 * {@code switchboard.business.timezone} ({@code SWITCHBOARD_BUSINESS_TIMEZONE}, an IANA id, default UTC) and
 * {@code switchboard.holidays} ({@code SWITCHBOARD_HOLIDAYS}, ISO dates separated by commas). The format is
 * {@link BusinessHoursSpec}'s; a value it cannot read stops the start-up with the reason.
 */
@ApplicationScoped
public class BusinessHoursConfig {

    @Inject
    @ConfigProperty(name = "switchboard.business.hours")
    Optional<String> hours;

    @Inject
    @ConfigProperty(name = "switchboard.business.timezone", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "switchboard.holidays")
    Optional<String> holidays;

    @Inject
    Clock clock;

    private volatile BusinessHours parsed;

    /** Reads the settings when the application starts, so a value that cannot be read stops the start-up. */
    void validate(@Observes Startup startup) {
        hours();
    }

    /**
     * @return the business hours
     * @throws IllegalArgumentException when the configuration cannot be read
     */
    public BusinessHours hours() {
        BusinessHours current = parsed;
        if (current == null) {
            current = BusinessHoursSpec.parse(hours.orElse(""), zone, holidays.orElse(""));
            parsed = current;
        }
        return current;
    }

    /**
     * @return when a person will next be at work, in words ({@code Monday at 9:00 CET}), or empty when the team works
     *         now (or no business hours are configured)
     */
    public Optional<String> nextOpeningIfClosed() {
        BusinessHours h = hours();
        java.time.Instant now = clock.instant();
        if (h.isOpen(now)) {
            return Optional.empty();
        }
        return Optional.of(OpeningPhrase.describe(h.nextOpening(now), now, h));
    }
}
