package org.switchboard.core.hours;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One span of working time within a day, {@code [opens, closes)} in the schedule's zone. {@code closes} of
 * {@link LocalTime#MIDNIGHT} (written {@code 24:00}) means the end of the day.
 *
 * @param opens  the first working minute
 * @param closes the end, exclusive; after {@code opens}, or midnight for the end of the day
 */
public record OpeningWindow(LocalTime opens, LocalTime closes) {

    /** @throws IllegalArgumentException when the window is empty or reversed */
    public OpeningWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("a window closes after it opens: " + opens + "-" + closes);
        }
    }

    /**
     * @param time a time of day
     * @return whether the team works at that time
     */
    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && (closesAtMidnight() || time.isBefore(closes));
    }

    /** @return whether the window lasts until the end of the day */
    public boolean closesAtMidnight() {
        return closes.equals(LocalTime.MIDNIGHT);
    }
}
