package org.switchboard.core.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When the support team works: per weekday a list of {@link OpeningWindow}s in one time zone, no work on the given
 * holidays (dates in that zone). Immutable and thread-safe. Wall-clock times follow the zone's rules
 * ({@link ZonedDateTime#of}): an opening time that falls into a daylight-saving gap moves forward by the gap's length,
 * one in an overlap takes the earlier offset.
 *
 * <p>{@link #always()} (no schedule configured) is open at every instant; then durations are plain elapsed time.
 */
public final class BusinessHours {

    /** How far ahead the next opening is searched (a schedule with no window in a year is refused). */
    static final int SEARCH_DAYS = 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningWindow>> week;
    private final Set<LocalDate> holidays;
    private final boolean always;

    private BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningWindow>> week, Set<LocalDate> holidays,
                          boolean always) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.always = always;
    }

    /**
     * @param zone     the team's time zone
     * @param week     the windows of each working weekday (days absent or empty: closed); windows of one day must not
     *                 overlap
     * @param holidays dates (in {@code zone}) without work
     * @return the schedule
     * @throws IllegalArgumentException when no weekday has a window, or windows of one day overlap
     */
    public static BusinessHours of(ZoneId zone, Map<DayOfWeek, List<OpeningWindow>> week, Set<LocalDate> holidays) {
        Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<OpeningWindow>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, windows) -> {
            List<OpeningWindow> sorted = new ArrayList<>(windows);
            sorted.sort(Comparator.comparing(OpeningWindow::opens));
            for (int i = 1; i < sorted.size(); i++) {
                OpeningWindow previous = sorted.get(i - 1);
                if (previous.closesAtMidnight() || previous.closes().isAfter(sorted.get(i).opens())) {
                    throw new IllegalArgumentException("opening windows of " + day + " overlap");
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one working day");
        }
        return new BusinessHours(zone, copy, Set.copyOf(holidays), false);
    }

    /** @return business hours that are always open (nothing configured) */
    public static BusinessHours always() {
        return new BusinessHours(ZoneId.of("UTC"), Map.of(), Set.of(), true);
    }

    /** @return whether the team works at every instant (no schedule configured) */
    public boolean isAlwaysOpen() {
        return always;
    }

    /** @return the schedule's time zone */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param at an instant
     * @return whether the team works at that instant
     */
    public boolean isOpen(Instant at) {
        if (always) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        return windowAt(local).isPresent();
    }

    /**
     * @param at an instant
     * @return {@code at} itself when open, else the start of the next working window
     */
    public Instant nextOpening(Instant at) {
        if (always || isOpen(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
            for (OpeningWindow w : windowsOn(day)) {
                ZonedDateTime opens = ZonedDateTime.of(day, w.opens(), zone);
                if (opens.toInstant().isAfter(at)) {
                    return opens.toInstant();
                }
            }
        }
        throw new IllegalStateException("no working time within " + SEARCH_DAYS + " days after " + at);
    }

    /**
     * Adds working time: from {@code start}, counts {@code work} only while the team works (the SLA's due time).
     *
     * @param start when the clock starts
     * @param work  working time to add, not negative
     * @return the instant at which that much working time has passed (for {@link #always()}: {@code start + work})
     * @throws IllegalArgumentException when {@code work} is negative
     */
    public Instant plusWorkingTime(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("working time is not negative");
        }
        if (always) {
            return start.plus(work);
        }
        Instant cursor = nextOpening(start);
        Duration left = work;
        while (true) {
            Instant closes = windowEnd(cursor);
            Duration available = Duration.between(cursor, closes);
            if (left.compareTo(available) <= 0) {
                return cursor.plus(left);
            }
            left = left.minus(available);
            cursor = nextOpening(closes);
        }
    }

    /**
     * @param at an instant
     * @return whether the instant is on a holiday (in the schedule's zone)
     */
    public boolean isHoliday(Instant at) {
        return !always && holidays.contains(at.atZone(zone).toLocalDate());
    }

    /** The end of the open window containing {@code open} (which must be an open instant). */
    private Instant windowEnd(Instant open) {
        ZonedDateTime local = open.atZone(zone);
        OpeningWindow w = windowAt(local).orElseThrow();
        LocalDate day = local.toLocalDate();
        return w.closesAtMidnight() ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, w.closes(), zone).toInstant();
    }

    private Optional<OpeningWindow> windowAt(ZonedDateTime local) {
        LocalDate day = local.toLocalDate();
        Instant now = local.toInstant();
        for (OpeningWindow w : windowsOn(day)) {
            // compare instants, so a window whose opening falls into a DST gap starts where ZonedDateTime puts it
            Instant opens = ZonedDateTime.of(day, w.opens(), zone).toInstant();
            Instant closes = w.closesAtMidnight() ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(LocalDateTime.of(day, w.closes()), zone).toInstant();
            if (!now.isBefore(opens) && now.isBefore(closes)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private List<OpeningWindow> windowsOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return week.getOrDefault(day.getDayOfWeek(), List.of());
    }
}
