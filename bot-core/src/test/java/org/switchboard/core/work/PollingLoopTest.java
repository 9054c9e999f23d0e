package org.switchboard.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PollingLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Logger LOOP_LOG = Logger.getLogger(PollingLoop.class.getName());
    private static Level previousLevel;

    private final TestManagedScheduledExecutor executor = new TestManagedScheduledExecutor(8);
    private final AtomicInteger calls = new AtomicInteger();
    private PollingLoop loop;

    @BeforeAll
    static void quietLoopLog() {
        // Failing steps are logged on purpose in these tests; keep the build output readable.
        previousLevel = LOOP_LOG.getLevel();
        LOOP_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreLoopLog() {
        LOOP_LOG.setLevel(previousLevel);
    }

    @AfterEach
    void tearDown() {
        if (loop != null) {
            loop.stop();
        }
        executor.close();
    }

    @Test
    void runsTheStepUntilItReportsNoMoreWork() throws Exception {
        AtomicInteger work = new AtomicInteger(5);
        loop = new PollingLoop("test", executor, () -> {
            calls.incrementAndGet();
            return work.getAndDecrement() > 0;
        }, 1);

        loop.wake();
        awaitDrainsFinished(1);
        executor.shutdownAndAwait(WAIT);

        assertThat(calls).hasValue(6);
        assertThat(executor.executed).hasValue(1);
    }

    @Test
    void runsNothingUntilStartedOrWoken() throws Exception {
        loop = new PollingLoop("test", executor, counting(() -> false), 2);

        executor.shutdownAndAwait(WAIT);

        assertThat(calls).hasValue(0);
        assertThat(executor.executed).hasValue(0);
    }

    @Test
    void neverRunsMoreStepsAtOnceThanItsParallelism() throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger highWater = new AtomicInteger();
        AtomicInteger work = new AtomicInteger(40);
        CountDownLatch threeInside = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        loop = new PollingLoop("test", executor, () -> {
            int now = active.incrementAndGet();
            highWater.accumulateAndGet(now, Math::max);
            try {
                threeInside.countDown();
                awaitLatch(release);
                return work.getAndDecrement() > 0;
            } finally {
                active.decrementAndGet();
            }
        }, 3);

        for (int i = 0; i < 10; i++) {
            loop.wake();
        }
        assertThat(executor.executed).as("drain tasks started by ten wakes").hasValue(3);
        assertThat(threeInside.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("three steps running at once").isTrue();
        for (int i = 0; i < 10; i++) {
            loop.wake();
        }
        assertThat(executor.executed).as("drain tasks started while three are busy").hasValue(3);

        release.countDown();
        eventually().until(() -> work.get() < 0 && executor.finished.get() == executor.executed.get());
        executor.shutdownAndAwait(WAIT);

        assertThat(highWater).hasValue(3);
        assertThat(active).hasValue(0);
    }

    @Test
    void growsFromOneWakeToItsParallelismWhileThereIsWork() throws Exception {
        CountDownLatch threeInside = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        loop = new PollingLoop("test", executor, () -> {
            int call = calls.incrementAndGet();
            if (call <= 2) {
                return true;   // each busy step wakes one more drain task
            }
            threeInside.countDown();
            awaitLatch(release);
            return false;
        }, 3);

        loop.wake();

        assertThat(threeInside.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("three drain tasks busy at once").isTrue();
        assertThat(executor.executed).hasValue(3);
        release.countDown();
        awaitDrainsFinished(3);
        executor.shutdownAndAwait(WAIT);
        assertThat(calls).hasValue(5);
    }

    @Test
    void treatsAParallelismBelowOneAsOne() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop = new PollingLoop("test", executor, counting(() -> {
            inside.countDown();
            awaitLatch(release);
            return false;
        }), 0);

        loop.wake();
        assertThat(inside.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        loop.wake();
        loop.wake();

        assertThat(executor.executed).hasValue(1);
        release.countDown();
        awaitDrainsFinished(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void keepsGoingAfterAStepThrows() {
        loop = new PollingLoop("test", executor, counting(() -> {
            if (calls.get() == 1) {
                throw new IllegalStateException("database hiccup");
            }
            return false;
        }), 1);

        loop.wake();
        awaitDrainsFinished(1);
        assertThat(calls).hasValue(1);

        loop.wake();
        awaitDrainsFinished(2);
        assertThat(calls).hasValue(2);
    }

    @Test
    void retriesAThrowingStepOnTheNextPoll() {
        loop = new PollingLoop("test", executor, counting(() -> {
            throw new IllegalStateException("always broken");
        }), 1);

        loop.start(Duration.ofMillis(5));

        eventually().until(() -> calls.get() >= 3);
    }

    @Test
    void pollsRepeatedlyOnceStarted() {
        loop = new PollingLoop("test", executor, counting(() -> false), 1);

        loop.start(Duration.ofMillis(5));

        eventually().until(() -> calls.get() >= 3);
        assertThat(executor.scheduled).hasSize(1);
    }

    @Test
    void pollsImmediatelyOnStart() {
        loop = new PollingLoop("test", executor, counting(() -> false), 1);

        loop.start(Duration.ofHours(1));

        awaitDrainsFinished(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void startsNoNewDrainAfterStop() throws Exception {
        loop = new PollingLoop("test", executor, counting(() -> false), 2);
        loop.start(Duration.ofHours(1));
        awaitDrainsFinished(1);

        loop.stop();
        loop.wake();
        loop.wake();

        assertThat(executor.scheduled).singleElement().satisfies(poll -> assertThat(poll.isCancelled()).isTrue());
        assertThat(executor.executed).hasValue(1);
        executor.shutdownAndAwait(WAIT);
        assertThat(calls).hasValue(1);
    }

    @Test
    void letsTheRunningStepFinishOnStopButCallsItNoMore() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop = new PollingLoop("test", executor, counting(() -> {
            inside.countDown();
            awaitLatch(release);
            return true;   // there would be more work
        }), 2);

        loop.wake();
        assertThat(inside.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        loop.stop();
        release.countDown();
        awaitDrainsFinished(1);
        executor.shutdownAndAwait(WAIT);

        assertThat(calls).hasValue(1);
        assertThat(executor.executed).as("no drain task woken by the busy step after stop").hasValue(1);
    }

    @Test
    void survivesAnExecutorThatRefusesADrainTaskAndTriesAgainOnTheNextWake() {
        loop = new PollingLoop("test", executor, counting(() -> false), 1);
        executor.rejectNext.set(true);

        loop.wake();   // refused: must not throw, and must not leave the drain slot taken
        assertThat(executor.executed).hasValue(0);

        loop.wake();
        awaitDrainsFinished(1);
        assertThat(calls).hasValue(1);
    }

    private BooleanSupplier counting(BooleanSupplier step) {
        return () -> {
            calls.incrementAndGet();
            return step.getAsBoolean();
        };
    }

    private void awaitDrainsFinished(int count) {
        eventually().until(() -> executor.finished.get() == count);
    }

    private static ConditionFactory eventually() {
        return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("latch not released within " + WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
