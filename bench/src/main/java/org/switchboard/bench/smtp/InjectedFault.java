package org.switchboard.bench.smtp;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault {@link SmtpStandIn} injected into one mail transaction.
 *
 * @param fault      what it did
 * @param injectedAt when (server clock): the refusal was answered, or the late answer began to wait
 */
public record InjectedFault(SmtpFault fault, Instant injectedAt) {

    /**
     * Validates the components.
     *
     * @param fault      see the record description
     * @param injectedAt see the record description
     * @throws NullPointerException if a component is null
     */
    public InjectedFault {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(injectedAt, "injectedAt");
    }
}
