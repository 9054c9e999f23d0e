package org.switchboard.core.sla;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.outbox.OutboxDispatcher;
import org.switchboard.core.work.PollingLoop;

/**
 * Runs {@link SlaChecks} every {@code switchboard.sla.check-seconds} (env {@code SWITCHBOARD_SLA_CHECK_SECONDS},
 * default 60) on Liberty's managed scheduler ({@link PollingLoop}), from the application's start.
 */
@ApplicationScoped
public class SlaWatch {

    @Resource(lookup = "concurrent/switchboardScheduler")
    ManagedScheduledExecutorService executor;

    @Inject
    SlaChecks checks;

    @Inject
    @ConfigProperty(name = "switchboard.sla.check-seconds", defaultValue = "60")
    long checkSeconds;

    private PollingLoop loop;

    void start(@Observes @Priority(OutboxDispatcher.STARTUP_PRIORITY) Startup startup) {
        loop = new PollingLoop("SLA watch", executor, this::round, 1);
        loop.start(Duration.ofSeconds(Math.max(1, checkSeconds)));
    }

    /** @return false: one round per poll (a round drains every ticket at risk itself) */
    private boolean round() {
        checks.recordFirstResponses();
        for (SlaTarget target : SlaTarget.values()) {
            while (checks.warnNext(target)) {
                // one ticket per transaction, until none is at risk
            }
            checks.markBreaches(target);
        }
        return false;
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.stop();
        }
    }
}
