package org.annaref.checks.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.checks.Bits;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.EmaContract;
import org.annaref.spec.Matrix;
import org.annaref.twin.Lanes;
import org.annaref.twin.TwinEma;
import org.junit.jupiter.api.Test;

/**
 * EMA, twin against reference: equal bit for bit (same groups, same summation order, same
 * division), on keys that repeat, signed zeros, and the size grid including N = 1 and m = 1.
 */
class EmaDifferentialTest {
    @Test
    void twinEqualsReferenceBitForBit() {
        SplitMix64 random = new SplitMix64(31);
        int[] sizes = DiffInputs.sizes();
        int cases = 0;
        int matchedRows = 0;
        for (int n : sizes) {
            for (int m : new int[] {1, 2, DiffInputs.LANES + 1}) {
                for (int mv : sizes) {
                    int keys = n * (1 + random.nextInt(3));
                    Matrix k = smallValues("K", keys, m, random);
                    Matrix q = smallValues("Q", n, m, random);
                    Matrix v = DiffInputs.gaussian("V", keys, mv, random);
                    Matrix expected = new ExactMatchAttention().attend(q, k, v);
                    Matrix actual = new TwinEma().attend(q, k, v);
                    String where = "N=" + keys + " n=" + n + " m=" + m + " mv=" + mv;
                    assertTrue(Bits.identical(expected, actual), where);
                    for (int i = 0; i < n; i++) {
                        assertArrayEquals(EmaContract.expectedRow(q, i, k, v), actual.row(i),
                                where + " row " + i);
                        boolean any = false;
                        for (int j = 0; j < keys; j++) {
                            any |= EmaContract.matches(q, i, k, j);
                        }
                        matchedRows += any ? 1 : 0;
                    }
                    cases++;
                }
            }
        }
        System.out.println("EMA differential (" + Lanes.describe() + "): " + cases
                + " cases bit for bit, " + matchedRows + " rows with matches");
        assertTrue(matchedRows > 100, "rows with a matching key: " + matchedRows);
    }

    @Test
    void signedZerosMatchAndNoKeysGiveZeros() {
        Matrix k = new Matrix("K", 2, 2, new double[] {-0.0, 1, 0.0, 2});
        Matrix q = new Matrix("Q", 2, 2, new double[] {0.0, 1, -0.0, 2});
        Matrix v = new Matrix("V", 2, 1, new double[] {3, 5});
        assertArrayEquals(new double[] {3, 5}, new TwinEma().attend(q, k, v).toArray());
        Matrix none = new Matrix("K", 0, 2, new double[0]);
        assertArrayEquals(new double[2], new TwinEma().attend(q, none,
                new Matrix("V", 0, 1, new double[0])).toArray());
    }

    /** Entries in {-1, -0.0, 0, 1}: keys repeat and signed zeros occur. */
    private static Matrix smallValues(String name, int rows, int cols, SplitMix64 random) {
        double[] choices = {-1.0, -0.0, 0.0, 1.0};
        double[] data = new double[rows * cols];
        for (int p = 0; p < data.length; p++) {
            data[p] = choices[random.nextInt(cols > 2 ? 2 : 4) + (cols > 2 ? 1 : 0)];
        }
        return new Matrix(name, rows, cols, data);
    }
}
