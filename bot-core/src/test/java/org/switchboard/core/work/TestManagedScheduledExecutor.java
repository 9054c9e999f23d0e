package org.switchboard.core.work;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.Trigger;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Test adapter: Liberty's managed scheduled executor, played by a plain {@link ScheduledThreadPoolExecutor}.
 * Counts the tasks handed to {@link #execute(Runnable)} and how many of them have finished, so tests can wait
 * for a drain task to end without sleeping. The Jakarta-only methods are not needed by {@link PollingLoop}.
 */
final class TestManagedScheduledExecutor implements ManagedScheduledExecutorService, AutoCloseable {

    private final ScheduledThreadPoolExecutor delegate;
    final AtomicInteger executed = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    /** When set, the next {@link #execute(Runnable)} is refused, as a saturated managed executor would. */
    final AtomicBoolean rejectNext = new AtomicBoolean();
    final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

    TestManagedScheduledExecutor(int threads) {
        this.delegate = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, "test-managed-executor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Shuts down and waits for every task handed over so far to finish. */
    void shutdownAndAwait(Duration timeout) throws InterruptedException {
        delegate.shutdown();
        if (!delegate.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("executor did not terminate within " + timeout);
        }
    }

    @Override
    public void close() {
        delegate.shutdownNow();
    }

    // ---- Executor / ScheduledExecutorService: delegated ----

    @Override
    public void execute(Runnable command) {
        if (rejectNext.getAndSet(false)) {
            throw new RejectedExecutionException("test: executor busy");
        }
        executed.incrementAndGet();
        try {
            delegate.execute(() -> {
                try {
                    command.run();
                } finally {
                    finished.incrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            executed.decrementAndGet();
            throw e;
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return track(delegate.schedule(command, delay, unit));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return track(delegate.schedule(callable, delay, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return track(delegate.scheduleAtFixedRate(command, initialDelay, period, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return track(delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit));
    }

    private <F extends ScheduledFuture<?>> F track(F future) {
        scheduled.add(future);
        return future;
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return delegate.submit(task);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return delegate.submit(task, result);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return delegate.submit(task);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return delegate.invokeAll(tasks);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return delegate.invokeAll(tasks, timeout, unit);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        return delegate.invokeAny(tasks);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return delegate.invokeAny(tasks, timeout, unit);
    }

    // ---- Jakarta Concurrency extras: not used by PollingLoop ----

    @Override
    public ScheduledFuture<?> schedule(Runnable command, Trigger trigger) {
        throw new UnsupportedOperationException("not needed by PollingLoop");
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, Trigger trigger) {
        throw new UnsupportedOperationException("not needed by PollingLoop");
    }

    @Override
    public <U> CompletableFuture<U> completedFuture(U value) {
        return CompletableFuture.completedFuture(value);
    }

    @Override
    public <U> CompletionStage<U> completedStage(U value) {
        return CompletableFuture.completedStage(value);
    }

    @Override
    public <T> CompletableFuture<T> copy(CompletableFuture<T> stage) {
        return stage.copy();
    }

    @Override
    public <T> CompletionStage<T> copy(CompletionStage<T> stage) {
        return stage.toCompletableFuture().copy();
    }

    @Override
    public <U> CompletableFuture<U> failedFuture(Throwable ex) {
        return CompletableFuture.failedFuture(ex);
    }

    @Override
    public <U> CompletionStage<U> failedStage(Throwable ex) {
        return CompletableFuture.failedStage(ex);
    }

    @Override
    public ContextService getContextService() {
        throw new UnsupportedOperationException("not needed by PollingLoop");
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<Void> runAsync(Runnable runnable) {
        return CompletableFuture.runAsync(runnable, this);
    }

    @Override
    public <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return CompletableFuture.supplyAsync(supplier, this);
    }
}
