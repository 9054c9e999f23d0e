package org.switchboard.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessHours OFFICE = BusinessHoursSpec.parse("Mon-Fri 09:00-17:00", "Europe/Berlin",
            "2026-12-24,2026-12-25");

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void openOnAWeekdayWithinTheWindowAndClosedAtItsEnd() {
        assertThat(OFFICE.isOpen(berlin("2026-12-07T09:00"))).isTrue();      // Monday, opening minute
        assertThat(OFFICE.isOpen(berlin("2026-12-07T16:59:59"))).isTrue();  // just before closing
        assertThat(OFFICE.isOpen(berlin("2026-12-07T17:00"))).isFalse();    // closing time is exclusive
        assertThat(OFFICE.isOpen(berlin("2026-12-07T08:59:59"))).isFalse();
    }

    @Test
    void fridayEveningOpensAgainOnMonday() {
        Instant friday = berlin("2026-12-11T17:30");
        Instant next = OFFICE.nextOpening(friday);
        assertThat(next).isEqualTo(berlin("2026-12-14T09:00"));
        assertThat(OpeningPhrase.describe(next, friday, OFFICE)).isEqualTo("Monday at 9:00 CET");
    }

    @Test
    void saturdayIsClosedAndOpensMonday() {
        Instant saturday = berlin("2026-12-12T11:00");
        assertThat(OFFICE.isOpen(saturday)).isFalse();
        assertThat(OFFICE.nextOpening(saturday)).isEqualTo(berlin("2026-12-14T09:00"));
    }

    @Test
    void beforeOpeningTheSameDayIsToday() {
        Instant early = berlin("2026-12-08T07:15");
        assertThat(OpeningPhrase.describe(OFFICE.nextOpening(early), early, OFFICE)).isEqualTo("today at 9:00 CET");
    }

    @Test
    void afterClosingOnAWeekdayIsTomorrow() {
        Instant evening = berlin("2026-12-08T19:00");
        assertThat(OpeningPhrase.describe(OFFICE.nextOpening(evening), evening, OFFICE)).isEqualTo("tomorrow at 9:00 CET");
    }

    @Test
    void holidaysAreSkipped() {
        // Wednesday 23 December after closing: the 24th and 25th are holidays, the 26th and 27th a weekend
        Instant evening = berlin("2026-12-23T18:00");
        assertThat(OFFICE.isOpen(berlin("2026-12-24T10:00"))).isFalse();
        assertThat(OFFICE.isHoliday(berlin("2026-12-24T10:00"))).isTrue();
        Instant next = OFFICE.nextOpening(evening);
        assertThat(next).isEqualTo(berlin("2026-12-28T09:00"));
        assertThat(OpeningPhrase.describe(next, evening, OFFICE)).isEqualTo("Monday at 9:00 CET");
    }

    @Test
    void moreThanAWeekAheadNamesTheDate() {
        BusinessHours hours = BusinessHoursSpec.parse("Mon 09:00-17:00", "Europe/Berlin", "2026-12-14");
        Instant tuesday = berlin("2026-12-08T10:00");
        assertThat(OpeningPhrase.describe(hours.nextOpening(tuesday), tuesday, hours))
                .isEqualTo("Monday, 21 December at 9:00 CET");
    }

    @Test
    void daylightSavingTimeShowsTheSummerAbbreviationAndTheRightInstant() {
        // Saturday 28 March 2026; Berlin moves to CEST (UTC+2) on Sunday 29 March at 02:00
        Instant saturday = berlin("2026-03-28T12:00");
        Instant next = OFFICE.nextOpening(saturday);
        assertThat(next).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(OpeningPhrase.describe(next, saturday, OFFICE)).isEqualTo("Monday at 9:00 CEST");
    }

    @Test
    void anOpeningInsideTheSpringGapMovesForwardByTheGap() {
        BusinessHours night = BusinessHoursSpec.parse("Sun 02:30-04:00", "Europe/Berlin", "");
        Instant saturday = berlin("2026-03-28T12:00");
        // 02:30 does not exist on 29 March 2026; java.time moves it to 03:30 CEST
        assertThat(night.nextOpening(saturday)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(night.isOpen(Instant.parse("2026-03-29T01:45:00Z"))).isTrue();
        assertThat(night.isOpen(Instant.parse("2026-03-29T02:00:00Z"))).isFalse();
    }

    @Test
    void workingTimeCountsOnlyOpenHours() {
        // Friday 16:00 + 4 working hours = 1 hour on Friday, 3 on Monday: Monday 12:00
        assertThat(OFFICE.plusWorkingTime(berlin("2026-12-11T16:00"), Duration.ofHours(4)))
                .isEqualTo(berlin("2026-12-14T12:00"));
        // just before closing: one minute left on Friday
        assertThat(OFFICE.plusWorkingTime(berlin("2026-12-11T16:59"), Duration.ofMinutes(2)))
                .isEqualTo(berlin("2026-12-14T09:01"));
        // exactly the rest of the day ends at closing time
        assertThat(OFFICE.plusWorkingTime(berlin("2026-12-11T16:00"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-12-11T17:00"));
        // started while closed: the clock starts at the next opening
        assertThat(OFFICE.plusWorkingTime(berlin("2026-12-12T10:00"), Duration.ofHours(8)))
                .isEqualTo(berlin("2026-12-14T17:00"));
    }

    @Test
    void workingTimeAcrossTheAutumnChangeCountsRealHours() {
        BusinessHours allDay = BusinessHoursSpec.parse("Sun 00:00-24:00", "Europe/Berlin", "");
        // 25 October 2026 has 25 hours in Berlin: 24 working hours end at 23:00 local time
        Instant start = berlin("2026-10-25T00:00");
        assertThat(allDay.plusWorkingTime(start, Duration.ofHours(24))).isEqualTo(berlin("2026-10-25T23:00"));
    }

    @Test
    void severalWindowsAndRules() {
        BusinessHours hours = BusinessHoursSpec.parse("Mon-Fri 09:00-12:30,13:30-17:00; Sat 10:00-14:00",
                "America/New_York", "");
        ZoneId ny = ZoneId.of("America/New_York");
        Instant lunch = ZonedDateTime.of(2026, 12, 9, 12, 45, 0, 0, ny).toInstant();
        assertThat(hours.isOpen(lunch)).isFalse();
        assertThat(OpeningPhrase.describe(hours.nextOpening(lunch), lunch, hours)).isEqualTo("today at 13:30 EST");
        Instant saturday = ZonedDateTime.of(2026, 12, 12, 11, 0, 0, 0, ny).toInstant();
        assertThat(hours.isOpen(saturday)).isTrue();
    }

    @Test
    void nothingConfiguredIsAlwaysOpen() {
        BusinessHours always = BusinessHoursSpec.parse("", "", "");
        Instant any = Instant.parse("2026-12-12T03:00:00Z");
        assertThat(always.isOpen(any)).isTrue();
        assertThat(always.nextOpening(any)).isEqualTo(any);
        assertThat(always.plusWorkingTime(any, Duration.ofHours(5))).isEqualTo(any.plus(Duration.ofHours(5)));
    }

    @Test
    void badConfigurationNamesThePart() {
        assertThatThrownBy(() -> BusinessHoursSpec.parse("Mon-Fri 9-17", "Europe/Berlin", ""))
                .hasMessageContaining("'9-17'");
        assertThatThrownBy(() -> BusinessHoursSpec.parse("Mon-Fry 09:00-17:00", "Europe/Berlin", ""))
                .hasMessageContaining("'Fry'");
        assertThatThrownBy(() -> BusinessHoursSpec.parse("Mon 17:00-09:00", "Europe/Berlin", ""))
                .hasMessageContaining("closes after it opens");
        assertThatThrownBy(() -> BusinessHoursSpec.parse("Mon 09:00-17:00", "Mars/Olympus", ""))
                .hasMessageContaining("unknown time zone");
        assertThatThrownBy(() -> BusinessHoursSpec.parse("Mon 09:00-17:00", "UTC", "25.12.2026"))
                .hasMessageContaining("'25.12.2026'");
        assertThatThrownBy(() -> BusinessHoursSpec.parse("Mon 09:00-12:00,11:00-17:00", "UTC", ""))
                .hasMessageContaining("overlap");
    }
}
