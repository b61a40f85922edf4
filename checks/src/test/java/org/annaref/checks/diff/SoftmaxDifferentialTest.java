package org.annaref.checks.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.reference.attention.SoftmaxAttention;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.Matrix;
import org.annaref.twin.Lanes;
import org.annaref.twin.TwinSoftmax;
import org.junit.jupiter.api.Test;

/**
 * Exact softmax, twin against reference, both held against the {@link OutputOracle}: every mask,
 * beta, with and without normalization, over the size grid.
 *
 * <p>The rule (the two sum in different orders, so bits may differ): with errors measured per
 * entry relative to the row's largest allowed |v_j|, the twin's largest error is at most twice
 * the reference's plus 8 u (1 + S), where u = 2^-53 and S is the largest |logit| of the case:
 * the allowance for the oracle's own rounding of logits and weights.
 */
class SoftmaxDifferentialTest {
    private static final double U = 0x1p-53;

    @Test
    void twinIsAsAccurateAsTheReference() {
        SplitMix64 random = new SplitMix64(555);
        int cases = 0;
        double worstRatio = 0;
        for (int n : DiffInputs.sizes()) {
            for (int m : new int[] {1, DiffInputs.LANES, 13}) {
                for (int mv : new int[] {1, DiffInputs.LANES + 1, 7}) {
                    for (AttentionMask mask : masks(random)) {
                        double beta = random.nextInt(2) == 0 ? 0.5 : 3.0;
                        boolean normalize = random.nextInt(2) == 0;
                        int keys = mask.needsSelfAttention() ? n : n + random.nextInt(300);
                        Matrix q = DiffInputs.gaussian("Q", n, m, random);
                        Matrix k = DiffInputs.gaussian("K", keys, m, random);
                        Matrix v = DiffInputs.gaussian("V", keys, mv, random);
                        Matrix expected = new SoftmaxAttention(beta, normalize, mask)
                                .attend(q, k, v);
                        Matrix actual = new TwinSoftmax(beta, normalize, mask).attend(q, k, v);
                        BigDecimal[][] oracle = OutputOracle.softmax(q, k, v, beta, normalize,
                                mask);
                        double[] scale = OutputOracle.rowScales(v, n, mask);
                        double refError = OutputOracle.relativeError(expected, oracle, scale);
                        double twinError = OutputOracle.relativeError(actual, oracle, scale);
                        double allowance = 8 * U * (1 + largestLogit(q, k, beta, normalize));
                        String where = mask + " beta=" + beta + " normalize=" + normalize + " N="
                                + keys + " n=" + n + " m=" + m + " mv=" + mv;
                        assertTrue(twinError <= 2 * refError + allowance, where + ": twin error "
                                + twinError + ", reference error " + refError + ", allowance "
                                + allowance);
                        worstRatio = Math.max(worstRatio, twinError / (refError + allowance));
                        cases++;
                    }
                }
            }
        }
        System.out.println("softmax differential (" + Lanes.describe() + "): " + cases
                + " cases; largest twin error / (reference error + allowance) = " + worstRatio);
        assertTrue(cases >= 36 * DiffInputs.sizes().length, "cases: " + cases);
    }

    @Test
    void emptyRowsAndBadLogitsFollowTheReference() {
        Matrix q = DiffInputs.gaussian("Q", 3, 4, new SplitMix64(1));
        Matrix none = new Matrix("K", 0, 4, new double[0]);
        assertArrayEquals(new double[6], TwinSoftmax.standard().attend(q, none,
                new Matrix("V", 0, 2, new double[0])).toArray());
        Matrix huge = new Matrix("K", 1, 1, new double[] {1e300});
        Matrix big = new Matrix("Q", 1, 1, new double[] {1e300});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TwinSoftmax.standard().attend(big, huge, new Matrix("V", 1, 1,
                        new double[] {1})));
        assertTrue(e.getMessage().contains("<q_0, k_0>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TwinSoftmax(0.0, false,
                AttentionMask.none()));
    }

    private static AttentionMask[] masks(SplitMix64 random) {
        return new AttentionMask[] {AttentionMask.none(), AttentionMask.causal(),
            AttentionMask.slidingWindow(1 + random.nextInt(9)),
            AttentionMask.sink(1 + random.nextInt(4), 1 + random.nextInt(6))};
    }

    private static double largestLogit(Matrix q, Matrix k, double beta, boolean normalize) {
        double largest = 0;
        for (int i = 0; i < q.rows(); i++) {
            for (int j = 0; j < k.rows(); j++) {
                double d = normalize ? 1.0 : norm(q.row(i)) * norm(k.row(j));
                largest = Math.max(largest, beta * d);
            }
        }
        return largest;
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
