package org.switchboard.bench.answers;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Binary logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2 penalty on
 * the weights (not the intercept); commons-math3 solves each step's linear system.
 */
final class LogisticFit {

    private static final int ITERATIONS = 50;

    private LogisticFit() {
    }

    /**
     * @param x      one row of features per example
     * @param y      1 for a positive example, 0 for a negative one
     * @param lambda the L2 penalty, at least 0
     * @return the intercept followed by one weight per feature
     * @throws IllegalArgumentException if the arrays are empty or of different lengths
     */
    static double[] fit(double[][] x, int[] y, double lambda) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as examples, at least one");
        }
        int d = x[0].length + 1;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            RealMatrix hessian = new Array2DRowRealMatrix(d, d);
            RealVector gradient = new ArrayRealVector(d);
            for (int i = 0; i < x.length; i++) {
                double[] row = withIntercept(x[i]);
                double p = sigmoid(dot(beta, row));
                double w = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    gradient.addToEntry(a, (y[i] - p) * row[a]);
                    for (int b = 0; b < d; b++) {
                        hessian.addToEntry(a, b, w * row[a] * row[b]);
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient.addToEntry(a, -lambda * beta[a]);
                hessian.addToEntry(a, a, lambda);
            }
            RealVector step = new LUDecomposition(hessian).getSolver().solve(gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                beta[a] += step.getEntry(a);
                change = Math.max(change, Math.abs(step.getEntry(a)));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return beta;
    }

    private static double[] withIntercept(double[] features) {
        double[] row = new double[features.length + 1];
        row[0] = 1;
        System.arraycopy(features, 0, row, 1, features.length);
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
