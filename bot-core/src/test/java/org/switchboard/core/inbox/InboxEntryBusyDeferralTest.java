package org.switchboard.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboxEntryBusyDeferralTest {

    private static final Instant LATER = Instant.parse("2026-12-02T12:00:30Z");

    /** An entry as JPA loads it (rows are inserted with SQL, so there is no public constructor). */
    private static final class LoadedEntry extends InboxEntry {
    }

    @Test
    void aBusyDeferralIsNotAFailedAttemptAndEndsWhenTheTurnIsDone() {
        InboxEntry entry = new LoadedEntry();
        assertThat(entry.isDeferredWhileBusy()).isFalse();

        entry.deferWhileBusy(InboxEntry.BUSY_NOTE + "; next try at " + LATER, LATER);

        assertThat(entry.isDeferredWhileBusy()).isTrue();
        assertThat(entry.getAttempts()).isZero();
        entry.markDone(LATER);
        assertThat(entry.isDeferredWhileBusy()).isFalse();
        assertThat(entry.getStatus()).isEqualTo(InboxStatus.DONE);
    }

    @Test
    void anOrdinaryFailureIsNotABusyDeferralAndABusyNoteIsRequired() {
        InboxEntry entry = new LoadedEntry();
        entry.recordFailure("SQLException: deadlock", LATER);
        assertThat(entry.isDeferredWhileBusy()).isFalse();
        assertThat(entry.getAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> entry.deferWhileBusy("busy", LATER)).isInstanceOf(IllegalArgumentException.class);
    }
}
