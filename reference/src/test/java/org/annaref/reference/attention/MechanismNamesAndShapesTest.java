package org.annaref.reference.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.spec.Attention;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Names are the command line's --mechanism values and appear in error messages; every mechanism
 * checks shapes before computing, including mismatches it could otherwise silently compute with.
 */
class MechanismNamesAndShapesTest {
    private static Matrix ones(String name, int rows, int cols) {
        double[] data = new double[rows * cols];
        java.util.Arrays.fill(data, 1.0);
        return new Matrix(name, rows, cols, data);
    }

    @Test
    void namesAreTheMechanismValues() {
        assertEquals("softmax", SoftmaxAttention.standard().name());
        assertEquals("linear", new LinearAttention(DenominatorPolicy.REJECT).name());
        assertEquals("lowrank", new LowRankAttention(false, DenominatorPolicy.REJECT).name());
        assertEquals("lowrank-normalized",
                new LowRankAttention(true, DenominatorPolicy.REJECT).name());
        assertEquals("ema", new ExactMatchAttention().name());
    }

    @Test
    void aRejectedDenominatorNamesTheMechanism() {
        // Q' = (1, -1), K' = (1, 1): the denominator Q'(K'^T 1) is 0.
        Matrix q = new Matrix("Q'", 1, 2, new double[] {1, -1});
        Matrix k = new Matrix("K'", 1, 2, new double[] {1, 1});
        Matrix v = new Matrix("V", 1, 1, new double[] {5});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LowRankAttention(true, DenominatorPolicy.REJECT).attend(q, k, v));
        assertTrue(e.getMessage().startsWith("lowrank-normalized:"), e.getMessage());
        // Unnormalized low rank divides by nothing: Q'(K'^T V) = (1 - 1) 5 = 0.
        assertEquals(0.0, new LowRankAttention(false, DenominatorPolicy.REJECT)
                .attend(q, k, v).get(0, 0), 0.0);
    }

    @Test
    void mismatchedShapesAreRefusedEvenWhereTheLoopsWouldRun() {
        // More value rows than keys, and queries narrower than keys: the loops over K's rows and
        // Q's columns would run without an index error, so only the shape check catches them.
        Attention[] mechanisms = {new LinearAttention(DenominatorPolicy.ZERO_ROW),
            new LowRankAttention(false, DenominatorPolicy.ZERO_ROW),
            new LowRankAttention(true, DenominatorPolicy.ZERO_ROW)};
        for (Attention mechanism : mechanisms) {
            assertThrows(IllegalArgumentException.class,
                    () -> mechanism.attend(ones("Q", 2, 3), ones("K", 2, 3), ones("V", 3, 1)),
                    mechanism.name() + ": V with more rows than K");
            assertThrows(IllegalArgumentException.class,
                    () -> mechanism.attend(ones("Q", 2, 2), ones("K", 2, 3), ones("V", 2, 1)),
                    mechanism.name() + ": Q narrower than K");
        }
    }
}
