package org.switchboard.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.switchboard.core.hours.BusinessHours;
import org.switchboard.core.hours.BusinessHoursSpec;
import org.switchboard.core.ticket.TicketPriority;

class SlaTargetsTest {

    @Test
    void theDefaultsGiveEveryPriorityATarget() {
        SlaTargets first = SlaTargets.parse(SlaPolicy.DEFAULT_FIRST_RESPONSE);
        SlaTargets resolution = SlaTargets.parse(SlaPolicy.DEFAULT_RESOLUTION);
        for (TicketPriority p : TicketPriority.values()) {
            assertThat(first.of(p)).isPresent();
            assertThat(resolution.of(p).orElseThrow()).isGreaterThan(first.of(p).orElseThrow());
        }
        assertThat(first.of(TicketPriority.HIGH)).contains(Duration.ofHours(4));
    }

    @Test
    void namesAreCaseInsensitiveAndAPriorityLeftOutHasNoTarget() {
        SlaTargets targets = SlaTargets.parse(" urgent = PT30M , normal=PT2H");
        assertThat(targets.of(TicketPriority.URGENT)).contains(Duration.ofMinutes(30));
        assertThat(targets.of(TicketPriority.NORMAL)).contains(Duration.ofHours(2));
        assertThat(targets.of(TicketPriority.LOW)).isEmpty();
        assertThat(SlaTargets.parse("").of(TicketPriority.NORMAL)).isEmpty();
    }

    @Test
    void badEntriesAreNamed() {
        assertThatThrownBy(() -> SlaTargets.parse("NORMAL=8h")).hasMessageContaining("'NORMAL=8h'");
        assertThatThrownBy(() -> SlaTargets.parse("SOON=PT1H")).hasMessageContaining("'SOON=PT1H'");
        assertThatThrownBy(() -> SlaTargets.parse("LOW=PT0S")).hasMessageContaining("positive");
        assertThatThrownBy(() -> SlaTargets.parse("HIGH")).hasMessageContaining("'HIGH'");
    }

    @Test
    void aTicketOpenedFridayAfternoonIsDueOnMondayInBusinessHours() {
        BusinessHours hours = BusinessHoursSpec.parse("Mon-Fri 09:00-17:00", "Europe/Berlin", "");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant opened = LocalDateTime.parse("2026-12-11T15:30").atZone(berlin).toInstant();
        Duration high = SlaTargets.parse(SlaPolicy.DEFAULT_FIRST_RESPONSE).of(TicketPriority.HIGH).orElseThrow();
        // 1.5 h on Friday, 2.5 h on Monday
        assertThat(hours.plusWorkingTime(opened, high))
                .isEqualTo(LocalDateTime.parse("2026-12-14T11:30").atZone(berlin).toInstant());
    }
}
