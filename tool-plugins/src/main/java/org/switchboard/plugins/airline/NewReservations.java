package org.switchboard.plugins.airline;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Random;

/**
 * How {@code book_reservation} names and timestamps a new reservation.
 *
 * <p>tau-bench uses {@code HATHAT}, then {@code HATHAU}, then {@code HATHAV} (a fourth booking overwrites the
 * third) and the fixed time {@code 2024-05-15T15:00:00}: {@link #TAU_BENCH}, for the replay only. Production
 * uses {@link #live(Clock)}: six random upper-case letters and digits not yet taken, and the current time (UTC,
 * seconds).
 */
public interface NewReservations {

    /** tau-bench's ids and time, so the replay reproduces its records. */
    NewReservations TAU_BENCH = new NewReservations() {
        @Override
        public String allocateId(AirlineStore store) {
            String id = "HATHAT";
            if (store.reservationIdTaken(id)) {
                id = "HATHAU";
                if (store.reservationIdTaken(id)) {
                    id = "HATHAV";
                }
            }
            return id;
        }

        @Override
        public String createdAt() {
            return BookReservation.CREATED_AT;
        }
    };

    /**
     * @param store the reservations (ids of every owner)
     * @return the id for the new reservation
     */
    String allocateId(AirlineStore store);

    /** @return the {@code created_at} text, {@code yyyy-MM-ddTHH:mm:ss} */
    String createdAt();

    /**
     * @param clock the clock for {@code created_at}
     * @return unique random ids and the clock's time
     */
    static NewReservations live(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Random random = new SecureRandom();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return new NewReservations() {
            @Override
            public String allocateId(AirlineStore store) {
                while (true) {
                    StringBuilder id = new StringBuilder(6);
                    for (int i = 0; i < 6; i++) {
                        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    if (!store.reservationIdTaken(id.toString())) {
                        return id.toString();
                    }
                }
            }

            @Override
            public String createdAt() {
                return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
        };
    }
}
