package org.annaref.reference.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.SparseWeights;
import org.junit.jupiter.api.Test;

/** Regressions for defects found in review: extreme ratios, overflow, mismatched lengths. */
class ExtremeInputsTest {
    @Test
    void pStableProbabilityStaysInRangeForExtremeRatios() {
        double p = PStableFamily.collisionProbability(1e9, 1e-300);
        assertEquals(1e-309 / Math.sqrt(2 * Math.PI), p, 1e-320, "t / sqrt(2 pi), not NaN");
        for (double d = 1e-300; d < 1e300; d *= 1e7) {
            double q = PStableFamily.collisionProbability(d, 1.0);
            assertTrue(q >= 0 && q <= 1, "p(" + d + ") = " + q);
        }
        // Both sides of the switch to the series (t = 1e-3) agree with the Datar formula
        // evaluated independently (its own cancellation limits it to about 1e-9 relative here).
        org.apache.commons.statistics.distribution.NormalDistribution normal =
                org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
        for (double t : new double[] {0.00099, 0.00101, 0.0005, 0.002}) {
            double expected = 1 - 2 * normal.cumulativeProbability(-t)
                    - 2 / (Math.sqrt(2 * Math.PI) * t) * (1 - Math.exp(-t * t / 2));
            assertEquals(expected, PStableFamily.collisionProbability(1.0 / t, 1.0),
                    1e-9 * expected, "t = " + t);
        }
    }

    @Test
    void farApartPointsHaveProbabilityZeroInsteadOfAnError() {
        PStableFamily family = new PStableFamily(1.0);
        assertEquals(0.0, family.collisionProbability(new double[] {1e200},
                new double[] {-1e200}));
        assertEquals(0.0, new HyperplaneFamily().collisionProbability(new double[] {1e200},
                new double[] {-1e200}), 1e-15);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        double[] two = {1, 2};
        double[] three = {1, 2, 3};
        assertThrows(IllegalArgumentException.class,
                () -> new HyperplaneFamily().collisionProbability(two, three));
        assertThrows(IllegalArgumentException.class,
                () -> new PStableFamily(1.0).collisionProbability(three, two));
    }

    @Test
    void sparseWeightRowsMustAlign() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparseWeights(3, new int[][] {{0, 1}}, new int[][] {{1}},
                        new long[] {2}));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
    }
}
