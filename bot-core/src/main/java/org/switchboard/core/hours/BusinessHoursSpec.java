package org.switchboard.core.hours;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads business hours as written in the configuration:
 * <pre>
 *   hours    := rule (";" rule)*
 *   rule     := days " " window ("," window)*
 *   days     := day | day "-" day | days "," day      e.g. Mon-Fri, Sat, Mon,Wed,Fri
 *   day      := Mon | Tue | Wed | Thu | Fri | Sat | Sun (case-insensitive; full names also accepted)
 *   window   := HH:MM "-" HH:MM                         24-hour clock; 24:00 is the end of the day
 *   holidays := ISO date ("," ISO date)*                e.g. 2026-12-25,2026-12-26
 * </pre>
 * Example: {@code Mon-Fri 09:00-12:30,13:30-17:00; Sat 10:00-14:00}. A day named by two rules gets both rules'
 * windows. Errors name the part that could not be read.
 */
public final class BusinessHoursSpec {

    private static final Pattern RULE = Pattern.compile("^\\s*([A-Za-z,\\-\\s]+?)\\s+(\\d.*)$");
    private static final Pattern WINDOW = Pattern.compile("^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$");

    private BusinessHoursSpec() {
    }

    /**
     * @param hours    the weekly schedule ({@code Mon-Fri 09:00-17:00}); blank means always open
     * @param zone     the time zone id ({@code Europe/Berlin}); blank means UTC
     * @param holidays comma-separated ISO dates, may be blank
     * @return the business hours ({@link BusinessHours#always()} when {@code hours} is blank)
     * @throws IllegalArgumentException naming the part that is not understood
     */
    public static BusinessHours parse(String hours, String zone, String holidays) {
        if (hours == null || hours.isBlank()) {
            return BusinessHours.always();
        }
        ZoneId zoneId;
        try {
            zoneId = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "' (use an IANA id such as Europe/Berlin)", e);
        }
        Map<DayOfWeek, List<OpeningWindow>> week = new EnumMap<>(DayOfWeek.class);
        for (String rule : hours.split(";")) {
            if (rule.isBlank()) {
                continue;
            }
            Matcher m = RULE.matcher(rule);
            if (!m.matches()) {
                throw new IllegalArgumentException("business hours rule '" + rule.strip()
                        + "' is not 'Days HH:MM-HH:MM', e.g. 'Mon-Fri 09:00-17:00'");
            }
            List<OpeningWindow> windows = windows(m.group(2));
            for (DayOfWeek day : days(m.group(1))) {
                week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows);
            }
        }
        return BusinessHours.of(zoneId, week, holidays(holidays));
    }

    /**
     * @param holidays comma-separated ISO dates ({@code 2026-12-25,2027-01-01}), may be null or blank
     * @return the dates
     * @throws IllegalArgumentException when one is not an ISO date
     */
    public static Set<LocalDate> holidays(String holidays) {
        Set<LocalDate> dates = new HashSet<>();
        if (holidays == null) {
            return dates;
        }
        for (String part : holidays.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday '" + part.strip() + "' is not a date like 2026-12-25", e);
            }
        }
        return dates;
    }

    private static List<OpeningWindow> windows(String text) {
        List<OpeningWindow> windows = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = WINDOW.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("opening window '" + part.strip() + "' is not HH:MM-HH:MM");
            }
            windows.add(new OpeningWindow(time(m.group(1)), time(m.group(2))));
        }
        return windows;
    }

    private static LocalTime time(String text) {
        String padded = text.length() == 4 ? "0" + text : text;
        if (padded.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(padded);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + text + "' is not HH:MM (00:00 to 24:00)", e);
        }
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = new HashSet<>();
        for (String part : text.split(",")) {
            String[] range = part.strip().split("\\s*-\\s*");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw new IllegalArgumentException("days '" + part.strip() + "' are not 'Mon' or 'Mon-Fri'");
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && full.startsWith(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not a weekday (Mon, Tue, ... Sun)");
    }
}
