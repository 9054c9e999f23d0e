package org.switchboard.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Produces the UTC system clock for injection. */
@ApplicationScoped
public class ClockProducer {

    /** @return the UTC system clock */
    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.systemUTC();
    }
}
