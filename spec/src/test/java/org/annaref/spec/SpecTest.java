package org.annaref.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The executable definitions of spec/ on hand-computed cases. */
class SpecTest {
    @Test
    void sensitivityHoldsExactlyOutsideTheGap() {
        Sensitivity s = new Sensitivity(1.0, 2.0, 0.8, 0.3);
        assertTrue(s.holdsAt(0.5, 0.8));
        assertFalse(s.holdsAt(1.0, 0.79), "at r the probability must reach p1");
        assertTrue(s.holdsAt(1.5, 0.0), "between r and cr nothing is required");
        assertTrue(s.holdsAt(2.0, 0.9), "at exactly cr nothing is required (far means > cr)");
        assertFalse(s.holdsAt(2.01, 0.31));
        assertEquals(Math.log(0.8) / Math.log(0.3), s.rho(), 1e-15);
        assertEquals(0.0, new Sensitivity(1, 2, 1.0, 0.5).rho());
        assertEquals(0.0, new Sensitivity(1, 2, 0.5, 0.0).rho());
        assertEquals(1.0, new Sensitivity(1, 2, 0.5, 0.5).rho());
        assertThrows(IllegalArgumentException.class, () -> new Sensitivity(1, 1, 0.8, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new Sensitivity(1, 2, 0.3, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new Sensitivity(1, 2, 1.2, 0.3));
    }

    @Test
    void tauAndCandidates() {
        assertEquals(1.0, AnnaRowContract.tau(1, 7));
        assertEquals(1.0 / 9.0, AnnaRowContract.tau(3, 4));
        double[] distances = {0.5, 2.0, 2.0000001, 1.0};
        assertEquals(3, AnnaRowContract.countWithin(distances, 2.0));
        assertEquals(1.0 / 5.0, AnnaRowContract.tauForRow(distances, 2.0, 2));
        assertEquals(1.0, AnnaRowContract.tauForRow(new double[] {5}, 2.0, 2));
        assertThrows(IllegalArgumentException.class, () -> AnnaRowContract.tau(0, 1));
    }

    @Test
    void weightBoundLemmaOnEveryCountVectorUpToSize4() {
        // Exhaustive over counts in [0, l]^n with n <= 4, l <= 3: whenever count_j >= 1,
        // count_j * ((n - 1) l + 1) >= total, and meetsBound agrees with the product.
        for (int l = 1; l <= 3; l++) {
            for (int n = 1; n <= 4; n++) {
                int[] counts = new int[n];
                int combinations = (int) Math.pow(l + 1, n);
                for (int code = 0; code < combinations; code++) {
                    int rest = code;
                    for (int p = 0; p < n; p++) {
                        counts[p] = rest % (l + 1);
                        rest /= l + 1;
                    }
                    for (int j = 0; j < n; j++) {
                        if (counts[j] >= 1) {
                            long total = WeightBound.collisionTotal(counts, j, l);
                            long product = (long) counts[j] * ((long) (n - 1) * l + 1);
                            assertTrue(product >= total);
                            assertTrue(WeightBound.meetsBound(counts[j], total, n, l));
                        }
                    }
                }
            }
        }
        assertFalse(WeightBound.meetsBound(1, 10, 3, 2), "1 * (2 * 2 + 1) = 5 < 10");
        assertTrue(WeightBound.meetsBound(2, 10, 3, 2), "2 * 5 = 10");
        assertTrue(WeightBound.meetsBound(0, 0, 1, 1));
        assertTrue(WeightBound.meetsBound(Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
                TableParams.MAX_FUNCTIONS), "no overflow near the limits");
    }

    @Test
    void emaDefinitionAndRowCheck() {
        Matrix q = new Matrix("Q", 2, 2, new double[] {1, -0.0, 3, 3});
        Matrix k = new Matrix("K", 3, 2, new double[] {1, 0.0, 1, 0.0, 2, 2});
        Matrix v = new Matrix("V", 3, 1, new double[] {4, 6, 100});
        assertTrue(EmaContract.matches(q, 0, k, 0), "-0.0 equals 0.0");
        assertArrayEquals(new double[] {5}, EmaContract.expectedRow(q, 0, k, v));
        assertArrayEquals(new double[] {0}, EmaContract.expectedRow(q, 1, k, v));
        assertTrue(EmaContract.checkRow(0, new double[] {5}, new double[] {5}, 0).isValid());
        RowVerdict wrong = EmaContract.checkRow(0, new double[] {5.0000001}, new double[] {5}, 0);
        assertEquals(RowVerdict.WRONG_OUTPUT, wrong.kind());
        assertTrue(EmaContract.checkRow(0, new double[] {5.0000001}, new double[] {5}, 1e-6)
                .isValid());
    }

    @Test
    void distancesAndVerdictText() {
        assertEquals(5.0, Distances.euclidean(new double[] {0, 0}, new double[] {3, 4}));
        assertEquals(2, Distances.hamming(new double[] {1, 0, 1}, new double[] {0, 0, 0}));
        assertEquals(Math.PI, Distances.angle(new double[] {1, 0}, new double[] {-2, 0}), 1e-15);
        assertEquals(5e300, Distances.norm(new double[] {3e300, 4e300}), 1e286);
        RowVerdict v = RowVerdict.violation(3, RowVerdict.WEIGHT_BEYOND_CR, 7, 2.5, 0.25, 0.0);
        assertEquals("query 3: weight on a key beyond cr at key 7 (distance 2.5): found 0.25,"
                + " bound 0.0", v.describe());
        assertThrows(IllegalArgumentException.class,
                () -> RowVerdict.violation(0, RowVerdict.VALID, 0, 0, 0, 0));
        assertEquals(3.0, new AnnaParams(1.5, 2.0).cr());
    }

    @Test
    void copyRowsCopiesABlockAndRefusesBadRanges() {
        Matrix x = new Matrix("X", 3, 2, new double[] {1, 2, 3, 4, 5, 6});
        double[] dst = {-1, -1, -1, -1, -1};
        x.copyRows(1, 3, dst, 1);
        assertArrayEquals(new double[] {-1, 3, 4, 5, 6}, dst);
        x.copyRows(2, 2, dst, 5);
        assertArrayEquals(new double[] {-1, 3, 4, 5, 6}, dst);
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> x.copyRows(2, 4, dst, 0));
        assertEquals("rows [2, 4) of X are not within its 3 rows", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> x.copyRows(-1, 1, dst, 0));
        assertThrows(IllegalArgumentException.class, () -> x.copyRows(2, 1, dst, 0));
        assertThrows(IllegalArgumentException.class, () -> x.copyRows(0, 1, null, 0));
        IllegalArgumentException room = assertThrows(IllegalArgumentException.class,
                () -> x.copyRows(0, 2, dst, 2));
        assertEquals("destination of X rows [0, 2) at offset 2 needs 6 entries, has 5",
                room.getMessage());
        assertThrows(IllegalArgumentException.class, () -> x.copyRows(0, 1, dst, -1));
        assertArrayEquals(new double[] {-1, 3, 4, 5, 6}, dst, "nothing half-written");
    }
}
