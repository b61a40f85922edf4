package org.annaref.reference.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.annaref.reference.TestMatrices;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

class LinearAndLowRankAttentionTest {
    /** Positive features so every denominator is positive. */
    private static Matrix positive(String name, int rows, int cols, SplittableRandom random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = 0.1 + random.nextDouble();
        }
        return new Matrix(name, rows, cols, data);
    }

    @Test
    void linearAttentionIsTheIdentityKernelAverage() {
        SplittableRandom random = new SplittableRandom(4);
        Matrix q = positive("Q", 5, 3, random);
        Matrix k = positive("K", 7, 3, random);
        Matrix v = TestMatrices.uniform("V", 7, 2, random);
        Matrix out = new LinearAttention(DenominatorPolicy.REJECT).attend(q, k, v);
        for (int i = 0; i < 5; i++) {
            double den = 0;
            double[] num = new double[2];
            for (int j = 0; j < 7; j++) {
                double s = 0;
                for (int t = 0; t < 3; t++) {
                    s += q.get(i, t) * k.get(j, t);
                }
                den += s;
                for (int t = 0; t < 2; t++) {
                    num[t] += s * v.get(j, t);
                }
            }
            assertEquals(num[0] / den, out.get(i, 0), 1e-14);
            assertEquals(num[1] / den, out.get(i, 1), 1e-14);
        }
    }

    @Test
    void linearAttentionDenominatorPolicy() {
        Matrix q = new Matrix("Q", 2, 1, new double[] {1, -1});
        Matrix k = new Matrix("K", 2, 1, new double[] {1, 2});
        Matrix v = new Matrix("V", 2, 1, new double[] {5, 7});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinearAttention(DenominatorPolicy.REJECT).attend(q, k, v));
        assertTrue(e.getMessage().contains("query 1") && e.getMessage().contains("-3.0"),
                e.getMessage());
        Matrix out = new LinearAttention(DenominatorPolicy.ZERO_ROW).attend(q, k, v);
        assertEquals((5 + 14) / 3.0, out.get(0, 0), 1e-15);
        assertEquals(0.0, out.get(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinearAttention(7));
    }

    @Test
    void lowRankEqualsTheQuadraticFormWithoutTheMatrix() {
        SplittableRandom random = new SplittableRandom(8);
        Matrix qf = positive("Q'", 6, 2, random);
        Matrix kf = positive("K'", 9, 2, random);
        Matrix v = TestMatrices.uniform("V", 9, 3, random);
        Matrix plain = new LowRankAttention(false, DenominatorPolicy.REJECT).attend(qf, kf, v);
        Matrix normalized = new LowRankAttention(true, DenominatorPolicy.REJECT).attend(qf, kf, v);
        Matrix linear = new LinearAttention(DenominatorPolicy.REJECT).attend(qf, kf, v);
        for (int i = 0; i < 6; i++) {
            for (int t = 0; t < 3; t++) {
                double sum = 0;
                for (int j = 0; j < 9; j++) {
                    double a = qf.get(i, 0) * kf.get(j, 0) + qf.get(i, 1) * kf.get(j, 1);
                    sum += a * v.get(j, t);
                }
                assertEquals(sum, plain.get(i, t), 1e-13);
                // Normalized low-rank with identity features is linear attention.
                assertEquals(linear.get(i, t), normalized.get(i, t), 1e-13);
            }
        }
    }

    @Test
    void emptyKeysGiveZeroRowsOrThePolicy() {
        Matrix q = new Matrix("Q", 1, 2, new double[] {1, 1});
        Matrix k = new Matrix("K", 0, 2, new double[0]);
        Matrix v = new Matrix("V", 0, 2, new double[0]);
        assertArrayEquals(new double[2],
                new LowRankAttention(false, DenominatorPolicy.REJECT).attend(q, k, v).toArray());
        assertArrayEquals(new double[2],
                new LinearAttention(DenominatorPolicy.ZERO_ROW).attend(q, k, v).toArray());
        assertArrayEquals(new double[2], SoftmaxAttention.standard().attend(q, k, v).toArray());
    }
}
