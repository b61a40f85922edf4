package org.annaref.reference;

import java.util.SplittableRandom;
import org.annaref.spec.Matrix;

/**
 * Test data, drawn with the JDK's {@link SplittableRandom} (deliberately not the project's own
 * generator, so a generator bug cannot hide in the data that tests it). Every caller passes a
 * fixed seed: the tests are deterministic.
 */
public final class TestMatrices {
    private TestMatrices() {
    }

    /** Entries uniform in [-1, 1). */
    public static Matrix uniform(String name, int rows, int cols, SplittableRandom random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = 2.0 * random.nextDouble() - 1.0;
        }
        return new Matrix(name, rows, cols, data);
    }

    /** Entries from a small set of integers in [0, range): many exact ties (EMA, bit sampling). */
    public static Matrix smallIntegers(String name, int rows, int cols, int range,
            SplittableRandom random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(range);
        }
        return new Matrix(name, rows, cols, data);
    }

    /** Unit rows: Gaussian directions normalized. */
    public static Matrix unitRows(String name, int rows, int cols, SplittableRandom random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            double norm = 0.0;
            for (int t = 0; t < cols; t++) {
                double g = gaussian(random);
                data[i * cols + t] = g;
                norm += g * g;
            }
            norm = Math.sqrt(norm);
            for (int t = 0; t < cols; t++) {
                data[i * cols + t] /= norm;
            }
        }
        return new Matrix(name, rows, cols, data);
    }

    /** Rows copied from {@code source} at the given indices (to plant exact matches). */
    public static Matrix rowsOf(String name, Matrix source, int[] indices) {
        int m = source.cols();
        double[] data = new double[indices.length * m];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(source.row(indices[i]), 0, data, i * m, m);
        }
        return new Matrix(name, indices.length, m, data);
    }

    /** A standard normal by Marsaglia's polar method (independent of the project's Box-Muller). */
    public static double gaussian(SplittableRandom random) {
        while (true) {
            double u = 2.0 * random.nextDouble() - 1.0;
            double v = 2.0 * random.nextDouble() - 1.0;
            double s = u * u + v * v;
            if (s > 0.0 && s < 1.0) {
                return u * Math.sqrt(-2.0 * Math.log(s) / s);
            }
        }
    }

    /** True when two matrices have the same shape and bit-identical entries. */
    public static boolean bitIdentical(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            return false;
        }
        double[] x = a.toArray();
        double[] y = b.toArray();
        for (int i = 0; i < x.length; i++) {
            if (Double.doubleToRawLongBits(x[i]) != Double.doubleToRawLongBits(y[i])) {
                return false;
            }
        }
        return true;
    }
}
