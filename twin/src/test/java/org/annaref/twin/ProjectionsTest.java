package org.annaref.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annaref.reference.random.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The blocked product computes, for every output, exactly the fused chain of
 * {@link Projections#dot}: whatever the block position (4-row blocks, 1-row tails, 2-vector and
 * 1-vector column blocks), the number of rows, m, or the column offset.
 */
class ProjectionsTest {
    @Test
    void everyOutputIsTheScalarFusedChain() {
        SplitMix64 random = new SplitMix64(11);
        int lanes = Lanes.lanes();
        int[] ms = {1, 2, lanes - 1, lanes, lanes + 1, 17};
        int checked = 0;
        for (int m : ms) {
            if (m < 1) {
                continue;
            }
            for (int rows = 1; rows <= 9; rows++) {
                for (int vectors = 1; vectors <= 5; vectors++) {
                    int cols = vectors * lanes;
                    int offset = lanes;
                    int stride = cols + 2 * lanes;
                    double[] x = gaussians(random, (rows + 3) * m);
                    double[] b = gaussians(random, m * stride);
                    double[] out = new double[rows * cols];
                    Projections.multiply(x, m, 3, rows, b, stride, offset, cols, out);
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < cols; c++) {
                            double[] column = new double[m];
                            for (int s = 0; s < m; s++) {
                                column[s] = b[s * stride + offset + c];
                            }
                            double expected = Projections.dot(column, 0, x, (3 + r) * m, m);
                            assertEquals(Double.doubleToRawLongBits(expected),
                                    Double.doubleToRawLongBits(out[r * cols + c]),
                                    "m=" + m + " rows=" + rows + " cols=" + cols + " at (" + r
                                            + ", " + c + ")");
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(true, checked > 1000, "outputs checked: " + checked);
    }

    @Test
    void transposeKeepsEveryEntryAndPadsWithZeros() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] t = Projections.transpose(a, 3, 2);
        int stride = Lanes.roundUp(3);
        assertEquals(2 * stride, t.length);
        assertEquals(1, t[0]);
        assertEquals(3, t[1]);
        assertEquals(5, t[2]);
        assertEquals(2, t[stride]);
        assertEquals(6, t[stride + 2]);
        if (stride > 3) {
            assertEquals(0.0, t[3]);
        }
    }

    private static double[] gaussians(SplitMix64 random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }
}
