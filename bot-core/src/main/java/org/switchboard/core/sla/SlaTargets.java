package org.switchboard.core.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.switchboard.core.ticket.TicketPriority;

/**
 * Working-time targets per priority, read from text like {@code URGENT=PT1H,HIGH=PT4H,NORMAL=PT8H,LOW=PT24H}
 * (ISO-8601 durations, {@link Duration#parse}; priority names case-insensitive). A priority not named has no target.
 */
public final class SlaTargets {

    private final Map<TicketPriority, Duration> targets;

    private SlaTargets(Map<TicketPriority, Duration> targets) {
        this.targets = targets;
    }

    /**
     * @param text the configured value; blank means no targets
     * @return the targets
     * @throws IllegalArgumentException naming the entry that is not {@code PRIORITY=duration} with a positive duration
     */
    public static SlaTargets parse(String text) {
        Map<TicketPriority, Duration> map = new EnumMap<>(TicketPriority.class);
        if (text != null) {
            for (String entry : text.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split("=", 2);
                try {
                    TicketPriority priority = TicketPriority.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
                    Duration duration = Duration.parse(parts[1].strip());
                    if (duration.isNegative() || duration.isZero()) {
                        throw new IllegalArgumentException("not positive");
                    }
                    map.put(priority, duration);
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                    throw new IllegalArgumentException("SLA target '" + entry.strip() + "' is not PRIORITY=duration"
                            + " with a priority of URGENT, HIGH, NORMAL, LOW and a positive ISO-8601 duration (PT4H)", e);
                }
            }
        }
        return new SlaTargets(map);
    }

    /**
     * @param priority a priority
     * @return its working-time target, when it has one
     */
    public Optional<Duration> of(TicketPriority priority) {
        return Optional.ofNullable(targets.get(priority));
    }
}
