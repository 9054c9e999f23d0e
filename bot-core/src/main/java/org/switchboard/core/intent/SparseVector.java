package org.switchboard.core.intent;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable sparse vector: the non-zero components of a high-dimensional feature vector.
 *
 * <p>Indices are strictly increasing and non-negative; {@code values[i]} is the component at {@code indices[i]}.
 * The arrays are owned by the vector; the accessors return them without copying for speed, so callers must not
 * modify them.
 */
public final class SparseVector {

    private static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    private final int[] indices;
    private final float[] values;

    private SparseVector(int[] indices, float[] values) {
        this.indices = indices;
        this.values = values;
    }

    /**
     * Creates a vector, copying the arrays.
     *
     * @param indices strictly increasing, non-negative component indices
     * @param values  the components, same length as indices
     * @return the vector
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the lengths differ or the indices are not strictly increasing and
     *                                  non-negative
     */
    public static SparseVector of(int[] indices, float[] values) {
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length: " + indices.length + " vs "
                    + values.length);
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1])) {
                throw new IllegalArgumentException("indices must be non-negative and strictly increasing at " + i);
            }
        }
        return new SparseVector(indices.clone(), values.clone());
    }

    /** @return the vector with no non-zero component */
    public static SparseVector empty() {
        return EMPTY;
    }

    /** @return the number of stored components */
    public int size() {
        return indices.length;
    }

    /** @return the component indices, strictly increasing; must not be modified */
    int[] indices() {
        return indices;
    }

    /** @return the component values, parallel to {@link #indices()}; must not be modified */
    float[] values() {
        return values;
    }

    /**
     * @param i a position in 0..size()-1
     * @return the index of the i-th stored component
     */
    public int indexAt(int i) {
        return indices[i];
    }

    /**
     * @param i a position in 0..size()-1
     * @return the value of the i-th stored component
     */
    public float valueAt(int i) {
        return values[i];
    }

    /** @return the L2 norm */
    public double norm() {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector[size=" + indices.length + "]";
    }
}
