package org.switchboard.core.turn;

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
import org.switchboard.core.inbox.InboxArrival;
import org.switchboard.core.outbox.OutboxDispatcher;
import org.switchboard.core.work.PollingLoop;

/**
 * Runs turns in the background: polls every {@code switchboard.worker.poll-ms} (env
 * {@code SWITCHBOARD_WORKER_POLL_MS}, default 1000) and at once when a message arrives, with up to
 * {@code switchboard.worker.threads} turns at a time (default 4; turns of one conversation never overlap).
 * Starts with the application, so entries stored before a restart are processed after it.
 */
@ApplicationScoped
public class TurnWorker {

    @Resource(lookup = "concurrent/switchboardScheduler")
    ManagedScheduledExecutorService executor;

    @Inject
    TurnProcessor processor;

    @Inject
    TurnFailures failures;

    @Inject
    @ConfigProperty(name = "switchboard.worker.poll-ms", defaultValue = "1000")
    long pollMs;

    @Inject
    @ConfigProperty(name = "switchboard.worker.threads", defaultValue = "4")
    int threads;

    private PollingLoop loop;

    void start(@Observes @Priority(OutboxDispatcher.STARTUP_PRIORITY) Startup startup) {
        loop = new PollingLoop("Conversation worker", executor, this::runNextTurns, threads);
        loop.start(Duration.ofMillis(pollMs));
    }

    void onArrival(@Observes InboxArrival arrival) {
        if (loop != null) {
            loop.wake();
        }
    }

    private boolean runNextTurns() {
        boolean ran = false;
        for (Long id : processor.runnableIds(16)) {
            try {
                ran |= processor.process(id);
            } catch (RuntimeException e) {
                failures.record(id, e);
                ran = true;
            }
        }
        return ran;
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.stop();
        }
    }
}
