package org.switchboard.bench.signing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * A timing-leak test after dudect (Reparaz, Balasch, Verbauwhede, "Dude, is my code constant time?", DATE 2017):
 * two classes of input are timed in random order, samples above the pooled 95th percentile are cropped (interrupts,
 * GC pauses), and Welch's t statistic of the two classes' means is computed (Apache Commons Math {@link TTest#t}).
 * |t| at or above {@link #LEAK_THRESHOLD} (dudect's 4.5) means the time depends on the class.
 *
 * <p>One sample is the wall time of {@code batch} consecutive calls of one class divided by {@code batch}, in
 * nanoseconds ({@link System#nanoTime}), so that operations shorter than the timer's resolution can be timed.
 */
public final class TimingLeakTest {

    /** dudect's threshold: |t| at or above it is a timing leak. */
    public static final double LEAK_THRESHOLD = 4.5;

    private static final double CROP_PERCENTILE = 95;

    /** Keeps the JIT from dropping the timed calls as dead code. */
    private static volatile int sink;

    private final int samples;
    private final int batch;
    private final long seed;

    /**
     * @param samples samples per run, both classes together (at least 1,000)
     * @param batch   calls timed together in one sample (at least 1)
     * @param seed    seed of the random class order, so that a run can be repeated
     * @throws IllegalArgumentException if samples or batch are too small
     */
    public TimingLeakTest(int samples, int batch, long seed) {
        if (samples < 1_000 || batch < 1) {
            throw new IllegalArgumentException("need at least 1,000 samples and a batch of at least 1");
        }
        this.samples = samples;
        this.batch = batch;
        this.seed = seed;
    }

    /**
     * Times the two classes: first a warm-up run of a tenth of the samples (discarded, so that the JIT has compiled
     * the code), then the measured run.
     *
     * @param classA an operation on inputs of the first class (e.g. a signature differing in its first digit)
     * @param classB the same operation on inputs of the second class (e.g. differing in its last digit)
     * @return the two classes' cropped mean times per call and Welch's t
     */
    public Result run(BooleanSupplier classA, BooleanSupplier classB) {
        measure(classA, classB, Math.max(1_000, samples / 10), seed + 1);
        return measure(classA, classB, samples, seed);
    }

    private Result measure(BooleanSupplier classA, BooleanSupplier classB, int count, long runSeed) {
        SplittableRandom random = new SplittableRandom(runSeed);
        double[] a = new double[count];
        double[] b = new double[count];
        int na = 0;
        int nb = 0;
        int acc = 0;
        for (int i = 0; i < count; i++) {
            boolean first = random.nextBoolean();
            BooleanSupplier operation = first ? classA : classB;
            long start = System.nanoTime();
            for (int j = 0; j < batch; j++) {
                acc += operation.getAsBoolean() ? 1 : 0;
            }
            double perCall = (System.nanoTime() - start) / (double) batch;
            if (first) {
                a[na++] = perCall;
            } else {
                b[nb++] = perCall;
            }
        }
        sink += acc;
        a = Arrays.copyOf(a, na);
        b = Arrays.copyOf(b, nb);
        double[] pooled = new double[na + nb];
        System.arraycopy(a, 0, pooled, 0, na);
        System.arraycopy(b, 0, pooled, na, nb);
        double crop = new Percentile().evaluate(pooled, CROP_PERCENTILE);
        double[] croppedA = Arrays.stream(a).filter(x -> x <= crop).toArray();
        double[] croppedB = Arrays.stream(b).filter(x -> x <= crop).toArray();
        return new Result(mean(croppedA), mean(croppedB), new TTest().t(croppedA, croppedB),
                croppedA.length + croppedB.length);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /**
     * @param meanA   mean time per call of the first class, in nanoseconds (cropped samples)
     * @param meanB   mean time per call of the second class, in nanoseconds
     * @param t       Welch's t statistic of the two means
     * @param samples samples left after cropping, both classes together
     */
    public record Result(double meanA, double meanB, double t, int samples) {

        /** @return whether |t| reaches {@link #LEAK_THRESHOLD} */
        public boolean leaks() {
            return Math.abs(t) >= LEAK_THRESHOLD;
        }
    }
}
