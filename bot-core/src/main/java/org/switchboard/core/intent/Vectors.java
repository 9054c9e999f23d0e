package org.switchboard.core.intent;

/** Small dense-vector helpers shared by the embedders and the classifier. */
final class Vectors {

    private Vectors() {
    }

    /**
     * @param vector any vector; not modified
     * @return a copy scaled to unit L2 norm, or an all-zero copy if the vector is all zeros
     */
    static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        float[] copy = vector.clone();
        if (sum > 0) {
            float scale = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < copy.length; i++) {
                copy[i] *= scale;
            }
        }
        return copy;
    }

    /**
     * @param a a vector
     * @param b a vector of the same length
     * @return the dot product
     */
    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
