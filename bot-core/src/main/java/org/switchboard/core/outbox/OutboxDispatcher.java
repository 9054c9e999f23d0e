package org.switchboard.core.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.work.PollingLoop;

/**
 * Delivers due outbox entries in the background: polls every {@code switchboard.outbox.poll-ms} (env
 * {@code SWITCHBOARD_OUTBOX_POLL_MS}, default 1000) and right after a turn commits a reply. Starts with the
 * application, so replies left undelivered before a restart go out after it. Up to
 * {@code switchboard.outbox.parallelism} deliveries run at once (default 8; each waits for its channel's answer
 * without holding a database connection, see {@link OutboxDelivery}; measured in docs/BENCHMARKS.md).
 */
@ApplicationScoped
public class OutboxDispatcher {

    /** Start-up order: after the schema migration ({@code Interceptor.Priority.APPLICATION}). */
    public static final int STARTUP_PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 200;

    @Resource(lookup = "concurrent/switchboardScheduler")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.poll-ms", defaultValue = "1000")
    long pollMs;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.parallelism", defaultValue = "8")
    int parallelism;

    private PollingLoop loop;

    void start(@Observes @Priority(STARTUP_PRIORITY) Startup startup) {
        loop = new PollingLoop("Outbox dispatcher", executor, this::deliverDue, parallelism);
        loop.start(Duration.ofMillis(pollMs));
    }

    void onReplyQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplyQueued event) {
        if (loop != null) {
            loop.wake();
        }
    }

    private boolean deliverDue() {
        List<Long> due = delivery.dueIds(20);
        boolean handled = false;
        for (Long id : due) {
            handled |= delivery.deliver(id);
        }
        return handled;
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.stop();
        }
    }
}
