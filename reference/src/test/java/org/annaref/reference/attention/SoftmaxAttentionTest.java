package org.annaref.reference.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.annaref.reference.TestMatrices;
import org.annaref.spec.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SoftmaxAttentionTest {
    private static final AttentionMask[] MASKS = {AttentionMask.none(), AttentionMask.causal(),
        AttentionMask.slidingWindow(1), AttentionMask.slidingWindow(3), AttentionMask.sink(1, 2),
        AttentionMask.sink(3, 1)};

    private static void assertMatchesOracle(Matrix q, Matrix k, Matrix v, double beta,
            boolean normalize, AttentionMask mask) {
        Matrix out = new SoftmaxAttention(beta, normalize, mask).attend(q, k, v);
        Matrix qq = normalize ? UnitRows.of(q) : q;
        Matrix kk = normalize ? UnitRows.of(k) : k;
        for (int i = 0; i < q.rows(); i++) {
            double[] expected = SoftmaxOracle.row(qq, i, kk, v, beta, mask);
            for (int t = 0; t < v.cols(); t++) {
                double got = out.get(i, t);
                assertTrue(Double.isFinite(got), "finite output");
                assertEquals(expected[t], got, 1e-12 * (1 + Math.abs(expected[t])),
                        "mask " + mask + " beta " + beta + " query " + i + " column " + t);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void matchesTheExactSumOracleForEveryMask(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(12);
        Matrix q = TestMatrices.uniform("Q", n, 4, random);
        Matrix k = TestMatrices.uniform("K", n, 4, random);
        Matrix v = TestMatrices.uniform("V", n, 3, random);
        for (AttentionMask mask : MASKS) {
            assertMatchesOracle(q, k, v, 1.0, false, mask);
            assertMatchesOracle(q, k, v, 7.5, true, mask);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {50, 700, 1e4, 1e8})
    void extremeLogitsNeitherOverflowNorProduceNaN(double scale) {
        SplittableRandom random = new SplittableRandom(99);
        Matrix q = TestMatrices.uniform("Q", 6, 3, random);
        Matrix k = TestMatrices.uniform("K", 6, 3, random);
        Matrix v = TestMatrices.uniform("V", 6, 2, random);
        for (AttentionMask mask : MASKS) {
            assertMatchesOracle(q, k, v, scale, false, mask);
            assertMatchesOracle(q, k, v, -0.0 + scale, true, mask);
        }
    }

    @Test
    void hugeLogitsPickTheArgmaxValue() {
        Matrix q = new Matrix("Q", 1, 1, new double[] {1});
        Matrix k = new Matrix("K", 3, 1, new double[] {-1000, 1000, 999});
        Matrix v = new Matrix("V", 3, 1, new double[] {1, 2, 3});
        Matrix out = new SoftmaxAttention(1.0, false, AttentionMask.none()).attend(q, k, v);
        // weights e^0 and e^{-1} on values 2 and 3; e^{-2000} underflows to 0.
        double expected = (2 + 3 * Math.exp(-1)) / (1 + Math.exp(-1));
        assertEquals(expected, out.get(0, 0), 1e-15);
    }

    @Test
    void maskIndexSetsMatchTheOneBasedDefinitions() {
        for (int n = 1; n <= 12; n++) {
            for (int r = 1; r <= 4; r++) {
                for (int s = 1; s <= 3; s++) {
                    for (int i1 = 1; i1 <= n; i1++) {
                        for (int j1 = 1; j1 <= n; j1++) {
                            int i = i1 - 1;
                            int j = j1 - 1;
                            assertEquals(j1 <= i1, AttentionMask.causal().allows(i, j));
                            assertEquals(i1 - r < j1 && j1 <= i1,
                                    AttentionMask.slidingWindow(r).allows(i, j));
                            assertEquals(j1 <= Math.min(i1, s) || (i1 - r < j1 && j1 <= i1),
                                    AttentionMask.sink(s, r).allows(i, j));
                        }
                    }
                }
            }
        }
    }

    @Test
    void badInputIsRejectedByName() {
        Matrix q = new Matrix("Q", 2, 2, new double[] {1, 2, 3, 4});
        Matrix k3 = new Matrix("K", 3, 2, new double[6]);
        Matrix v3 = new Matrix("V", 3, 1, new double[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxAttention(1, false, AttentionMask.causal()).attend(q, k3, v3));
        assertTrue(e.getMessage().contains("Q (2 x 2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxAttention(0.0, false, AttentionMask.none()));
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxAttention(Double.NaN, false, AttentionMask.none()));
        assertThrows(IllegalArgumentException.class, () -> AttentionMask.slidingWindow(0));
        Matrix big = new Matrix("Q", 1, 1, new double[] {1e300});
        Matrix bigK = new Matrix("K", 1, 1, new double[] {1e300});
        Matrix v = new Matrix("V", 1, 1, new double[] {1});
        IllegalArgumentException overflow = assertThrows(IllegalArgumentException.class,
                () -> SoftmaxAttention.standard().attend(big, bigK, v));
        assertTrue(overflow.getMessage().contains("not finite"), overflow.getMessage());
    }

    @Test
    void normalizationKeepsZeroRowsAndHandlesHugeAndTinyRows() {
        Matrix x = new Matrix("X", 3, 2, new double[] {0, 0, 3e300, 4e300, 3e-300, 4e-300});
        Matrix unit = UnitRows.of(x);
        assertEquals(0.0, unit.get(0, 0));
        assertEquals(0.6, unit.get(1, 0), 1e-15);
        assertEquals(0.8, unit.get(2, 1), 1e-15);
    }
}
