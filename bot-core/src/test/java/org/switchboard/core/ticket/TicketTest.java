package org.switchboard.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link Ticket}: customers' notes are appended with author and time; a closed ticket takes no more changes. */
class TicketTest {

    private static final Instant OPENED = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void aNoteIsAppendedWithItsAuthorAndTime() {
        Ticket ticket = new Ticket(42, 7L, "Card declined", "Declined twice in Lisbon.", OPENED);
        ticket.addNote("customer", "  Works again today.  ", OPENED.plusSeconds(3600));
        assertThat(ticket.getDescription()).isEqualTo("Declined twice in Lisbon.\n\n"
                + "[Note from customer, 2026-01-01T10:00:00Z]\nWorks again today.");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void blankOrOversizedNotesAreRefusedAndNothingChanges() {
        Ticket ticket = new Ticket(42, null, "s", "d", OPENED);
        assertThatThrownBy(() -> ticket.addNote("customer", " \n", OPENED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ticket.addNote("customer", "x".repeat(Ticket.MAX_DESCRIPTION), OPENED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ticket.getDescription()).isEqualTo("d");
    }

    @Test
    void aClosedTicketCannotBeClosedAgainNorTakeNotes() {
        Ticket ticket = new Ticket(42, null, "s", "d", OPENED);
        ticket.close();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThatThrownBy(ticket::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ticket.addNote("customer", "more", OPENED)).isInstanceOf(IllegalStateException.class);
        assertThat(ticket.getDescription()).isEqualTo("d");
    }
}
