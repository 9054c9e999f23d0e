package org.switchboard.core.work;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Runs a drain step repeatedly on a managed scheduled executor: every {@code pollInterval}, and immediately
 * when {@link #wake()} is called. A drain task calls the step until it reports there is nothing more to do.
 * At most {@code parallelism} drain tasks run at once; a step that throws is logged and the loop goes on.
 */
public final class PollingLoop {

    private static final Logger LOG = Logs.logger(PollingLoop.class);

    private final String name;
    private final ManagedScheduledExecutorService executor;
    private final BooleanSupplier step;
    private final int parallelism;
    private final AtomicInteger running = new AtomicInteger();
    private final List<Future<?>> futures = new ArrayList<>();
    private volatile boolean stopped;

    /**
     * @param name         for logs
     * @param executor     Liberty's managed scheduled executor
     * @param step         does one unit of work; returns true when it did something (call again), false when idle
     * @param parallelism  how many drain tasks may run at once, at least 1
     */
    public PollingLoop(String name, ManagedScheduledExecutorService executor, BooleanSupplier step, int parallelism) {
        this.name = name;
        this.executor = executor;
        this.step = step;
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Starts polling.
     *
     * @param pollInterval time between polls when idle, positive
     */
    public synchronized void start(Duration pollInterval) {
        futures.add(executor.scheduleWithFixedDelay(this::wake, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS));
        LOG.info(() -> name + " started (poll " + pollInterval.toMillis() + " ms, parallelism " + parallelism + ")");
    }

    /**
     * Starts one more drain task unless {@code parallelism} are running already. A busy drain task calls this
     * itself while it finds work, so the loop grows to its parallelism under load and shrinks when idle.
     */
    public void wake() {
        if (stopped) {
            return;
        }
        int current = running.get();
        while (current < parallelism) {
            if (running.compareAndSet(current, current + 1)) {
                try {
                    executor.execute(this::drain);
                } catch (RuntimeException e) {
                    running.decrementAndGet();
                    LOG.log(Level.WARNING, name + ": could not start a drain task", e);
                }
                return;
            }
            current = running.get();
        }
    }

    private void drain() {
        try {
            boolean didWork = true;
            while (didWork && !stopped) {
                didWork = step.getAsBoolean();
                if (didWork && running.get() < parallelism) {
                    wake();
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": step failed; will retry on the next poll", e);
        } finally {
            running.decrementAndGet();
        }
    }

    /** Stops polling; running steps finish. */
    public synchronized void stop() {
        stopped = true;
        futures.forEach(f -> f.cancel(false));
        futures.clear();
    }
}
