package org.annaref.twin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/**
 * Hyperplane keys hashed with single-precision projections ({@link FloatSigns}) are exactly the
 * keys of the double kernel: on Gaussian points, and on the points where float could decide
 * wrongly (projections of 0 or about 1e-12 of the norms, which must go back to double),
 * magnitudes float cannot hold (which must skip float for their block), and shapes whose
 * projection count is not a multiple of four float vectors (float not used).
 */
class FloatSignsTest {
    @Test
    void floatAndDoubleKernelsGiveTheSameKeys() {
        SplitMix64 random = new SplitMix64(17);
        int checked = 0;
        int[][] shapes = {{64, 16, 8}, {7, 8, 8}, {3, 32, 4}, {64, 11, 8}, {1, 16, 16}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int tables = shape[1];
            int z = shape[2];
            TwinHashes h = TwinSampler.sample(new HyperplaneFamily(), m,
                    new TableParams(tables, z, random.nextLong()));
            Matrix x = adversarialPoints(h, random, 203);
            long[][] fast = new BatchHasher(h, true).hash(x, null, 0, tables, true);
            long[][] exact = new BatchHasher(h, false).hash(x, null, 0, tables, true);
            for (int t = 0; t < tables; t++) {
                assertArrayEquals(exact[t], fast[t], "m=" + m + " l=" + tables + " z=" + z
                        + " table " + t);
                checked += exact[t].length;
            }
        }
        assertTrue(checked > 10_000, "keys checked: " + checked);
    }

    @Test
    void pointsNearAHyperplaneAreLeftToDouble() {
        // The bound must call these close: a projection of 0, or 1e-12 of |x| |b|, is far
        // inside float's error, where the float sign is noise.
        SplitMix64 random = new SplitMix64(4);
        int m = 64;
        TwinHashes h = TwinSampler.sample(new HyperplaneFamily(), m,
                new TableParams(16, 8, random.nextLong()));
        int stride = Lanes.roundUp(16 * 8);
        double[] panel = h.panel(0, 16);
        FloatSigns floats = new FloatSigns(panel, m, stride);
        assertTrue(floats.usable());
        double[] x = new double[4 * m];
        for (int r = 0; r < 4; r++) {
            double[] p = nearlyOrthogonal(panel, stride, m, r, gaussian(random, m), 1e-12);
            System.arraycopy(p, 0, x, r * m, m);
        }
        float[] xf = new float[4 * m];
        assertTrue(floats.prepare(x, 0, 4, xf));
        assertFalse(floats.signs4(xf, 0, new long[8], 0, 2, new float[FloatSigns.tileSize()]),
                "near-zero projections decided in float");
        double[] huge = gaussian(random, 4 * m);
        huge[5] = 1e200;
        assertFalse(floats.prepare(huge, 0, 4, xf), "1e200 accepted for float");
        double[] tiny = gaussian(random, 4 * m);
        tiny[7] = 1e-160;
        assertFalse(floats.prepare(tiny, 0, 4, xf), "1e-160 accepted for float");
    }

    /**
     * Gaussian rows, with every fifth row pushed onto (or to within 1e-12 of) the hyperplane of
     * one of the functions, a zero row, and rows with entries float cannot hold.
     */
    private static Matrix adversarialPoints(TwinHashes h, SplitMix64 random, int n) {
        int m = h.dim;
        int columns = h.tables * h.z;
        int stride = Lanes.roundUp(columns);
        double[] panel = h.panel(0, h.tables);
        double[] data = new double[n * m];
        for (int i = 0; i < n; i++) {
            double[] row = gaussian(random, m);
            if (i % 5 == 1) {
                int c = (int) Long.remainderUnsigned(random.nextLong(), columns);
                row = nearlyOrthogonal(panel, stride, m, c, row, i % 2 == 0 ? 0 : 1e-12);
            }
            if (i == 7) {
                row = new double[m];
            }
            if (i == 70) {
                row[0] = 1e200;
            }
            if (i == 140) {
                row[m - 1] = 1e-160;
            }
            if (i == 150) {
                // Scaled far up and down: float still decides (the kernel scales x to |x| = 1).
                for (int s = 0; s < m; s++) {
                    row[s] *= s % 2 == 0 ? 1e30 : 1e-30;
                }
            }
            System.arraycopy(row, 0, data, i * m, m);
        }
        return new Matrix("X", n, m, data);
    }

    /** y minus its component along column c of the panel, plus eps |y| |b| along b. */
    private static double[] nearlyOrthogonal(double[] panel, int stride, int m, int c,
            double[] y, double eps) {
        double dot = 0;
        double bb = 0;
        double yy = 0;
        for (int s = 0; s < m; s++) {
            double b = panel[s * stride + c];
            dot += b * y[s];
            bb += b * b;
            yy += y[s] * y[s];
        }
        double[] out = new double[m];
        double along = (eps * Math.sqrt(yy) * Math.sqrt(bb) - dot) / bb;
        for (int s = 0; s < m; s++) {
            out[s] = y[s] + along * panel[s * stride + c];
        }
        return out;
    }

    private static double[] gaussian(SplitMix64 random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
