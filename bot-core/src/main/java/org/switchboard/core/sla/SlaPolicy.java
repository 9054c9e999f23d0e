package org.switchboard.core.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.hours.BusinessHours;
import org.switchboard.core.hours.BusinessHoursConfig;
import org.switchboard.core.ticket.TicketPriority;

/**
 * The configured SLA targets and the due times they give a ticket. Settings (MicroProfile Config):
 * {@code switchboard.sla.first-response} (env {@code SWITCHBOARD_SLA_FIRST_RESPONSE}, default
 * {@value #DEFAULT_FIRST_RESPONSE}) and {@code switchboard.sla.resolution} ({@code SWITCHBOARD_SLA_RESOLUTION}, default
 * {@value #DEFAULT_RESOLUTION}), each in {@link SlaTargets}' format; the durations are working time in the configured
 * business hours ({@link BusinessHoursConfig}; always open when none are set). A value that cannot be read stops the
 * start-up with the reason.
 */
@ApplicationScoped
public class SlaPolicy {

    /** Default first-response targets. */
    public static final String DEFAULT_FIRST_RESPONSE = "URGENT=PT1H,HIGH=PT4H,NORMAL=PT8H,LOW=PT24H";
    /** Default resolution targets. */
    public static final String DEFAULT_RESOLUTION = "URGENT=PT8H,HIGH=PT24H,NORMAL=PT40H,LOW=PT80H";

    @Inject
    BusinessHoursConfig businessHours;

    @Inject
    @ConfigProperty(name = "switchboard.sla.first-response", defaultValue = DEFAULT_FIRST_RESPONSE)
    String firstResponse;

    @Inject
    @ConfigProperty(name = "switchboard.sla.resolution", defaultValue = DEFAULT_RESOLUTION)
    String resolution;

    /** Reads the targets when the application starts, so a value that cannot be read stops the start-up. */
    void validate(@Observes Startup startup) {
        SlaTargets.parse(firstResponse);
        SlaTargets.parse(resolution);
    }

    /**
     * @param priority the ticket's priority
     * @param openedAt when the ticket was opened
     * @return its due times (either may be null: no target for that priority)
     * @throws IllegalArgumentException when the configuration cannot be read
     */
    public DueTimes dueTimes(TicketPriority priority, Instant openedAt) {
        BusinessHours hours = businessHours.hours();
        return new DueTimes(
                SlaTargets.parse(firstResponse).of(priority).map(d -> hours.plusWorkingTime(openedAt, d)).orElse(null),
                SlaTargets.parse(resolution).of(priority).map(d -> hours.plusWorkingTime(openedAt, d)).orElse(null));
    }

    /**
     * A ticket's due times.
     *
     * @param firstResponse when a person must first have answered, or null
     * @param resolution    when the ticket must be closed, or null
     */
    public record DueTimes(Instant firstResponse, Instant resolution) {
    }
}
