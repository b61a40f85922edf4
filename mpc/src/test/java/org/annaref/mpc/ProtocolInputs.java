package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.annaref.spec.Matrix;

/** Seeded inputs and comparisons shared by the protocol tests. */
final class ProtocolInputs {
    private ProtocolInputs() {
    }

    /** Entries drawn from {-a/2, ..., a/2 - 1} (small alphabets make exact matches likely). */
    static Matrix integers(String name, int rows, int cols, int alphabet, Random rng) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextInt(alphabet) - alphabet / 2;
        }
        return new Matrix(name, rows, cols, d);
    }

    /** Standard Gaussian entries. */
    static Matrix gaussian(String name, int rows, int cols, Random rng) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return new Matrix(name, rows, cols, d);
    }

    /** Every entry equal as raw bits (+0.0 and -0.0 told apart). */
    static void assertBitEqual(Matrix expected, Matrix actual) {
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.cols(), actual.cols());
        for (int i = 0; i < expected.rows(); i++) {
            for (int t = 0; t < expected.cols(); t++) {
                assertEquals(Double.doubleToRawLongBits(expected.get(i, t)),
                        Double.doubleToRawLongBits(actual.get(i, t)),
                        "row " + i + ", column " + t + ": " + expected.get(i, t) + " vs "
                                + actual.get(i, t));
            }
        }
    }

    /** |a - e| <= rel * (1 + |e|) entry by entry. */
    static void assertClose(Matrix expected, Matrix actual, double rel) {
        assertEquals(expected.rows(), actual.rows());
        for (int i = 0; i < expected.rows(); i++) {
            for (int t = 0; t < expected.cols(); t++) {
                double e = expected.get(i, t);
                double a = actual.get(i, t);
                assertTrue(Math.abs(a - e) <= rel * (1 + Math.abs(e)),
                        "row " + i + ", column " + t + ": " + e + " vs " + a);
            }
        }
    }

    /** The run respected the model and took the rounds its formula predicts. */
    static void assertAccounting(ProtocolRun<?> run) {
        int s = run.config().memory();
        assertTrue(run.statistics().maxHeld() <= s, "held " + run.statistics().maxHeld());
        assertTrue(run.statistics().maxSent() <= s);
        assertTrue(run.statistics().maxReceived() <= s);
        assertTrue(run.statistics().machinesUsed() <= run.config().machines());
        assertEquals(run.predictedRounds(), run.statistics().rounds(), "rounds");
    }
}
