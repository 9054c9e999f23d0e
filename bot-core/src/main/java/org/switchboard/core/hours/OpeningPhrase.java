package org.switchboard.core.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The next opening time in the words a customer reads, in English and in the schedule's zone with its abbreviation
 * ({@code CET}, {@code CEST}, {@code EST}): "today at 14:00 CET", "tomorrow at 9:00 CET", "Monday at 9:00 CET" within
 * the coming week, else "Monday, 4 January at 9:00 CET".
 */
public final class OpeningPhrase {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);

    private OpeningPhrase() {
    }

    /**
     * @param opening the opening instant
     * @param now     the current instant (decides "today", "tomorrow")
     * @param hours   the schedule (its zone)
     * @return the phrase, e.g. {@code Monday at 9:00 CET}
     */
    public static String describe(Instant opening, Instant now, BusinessHours hours) {
        ZonedDateTime at = opening.atZone(hours.zone());
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, at.toLocalDate());
        String day = days == 0 ? "today" : days == 1 ? "tomorrow" : days < 7 ? WEEKDAY.format(at) : DATE.format(at);
        return day + " at " + TIME.format(at);
    }
}
