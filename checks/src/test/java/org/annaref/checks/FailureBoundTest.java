package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

class FailureBoundTest {
    /** Bit sampling on 4 coordinates: p = 1 - hamming / 4 for every pair, known by hand. */
    private final Matrix q = new Matrix("Q", 1, 4, new double[] {0, 0, 0, 0});
    private final Matrix k = new Matrix("K", 3, 4, new double[] {
        0, 0, 0, 1, // hamming 1: distance 1 (near for r = 1), p = 3/4
        0, 1, 1, 1, // hamming 3: distance sqrt 3 (in between for c r = 2)
        1, 1, 1, 1}); // hamming 4: distance 2 ... c r = 1.9 makes it far, p = 0
    private final FailureBound bound = FailureBound.of(new BitSamplingFamily(), q, k,
            new AnnaParams(1.0, 1.9));

    @Test
    void classifiesPairsAndUsesEachPairsProbability() {
        assertEquals(1, bound.nearPairs());
        assertEquals(1, bound.farPairs());
        assertEquals(Math.pow(1 - Math.pow(0.75, 2), 3), bound.nearPart(2, 3), 1e-15);
        assertEquals(0.0, bound.farPart(2, 3), 0.0);
    }

    @Test
    void farPartIsLTimesTheSumOfPowers() {
        Matrix k2 = new Matrix("K", 2, 4, new double[] {1, 1, 1, 0, 1, 1, 0, 0});
        FailureBound b = FailureBound.of(new BitSamplingFamily(), q, k2, new AnnaParams(0.5, 1.2));
        // both far (distances sqrt 3 and sqrt 2 > 1.2); p = 1/4 and 1/2
        assertEquals(2, b.farPairs());
        assertEquals(5 * (Math.pow(0.25, 3) + Math.pow(0.5, 3)), b.farPart(3, 5), 1e-15);
        assertEquals(0, b.nearPairs());
        assertEquals(b.farPart(3, 5), b.bound(3, 5), 0.0);
    }

    @Test
    void cheapestFindsTheLeastCostFeasibleParameters() {
        // Only the near pair matters (far p = 0): (1 - 0.75^z)^l <= 0.01, least l z.
        int[] best = bound.cheapest(0.01, 10, 1000);
        long bestCost = Long.MAX_VALUE;
        int[] brute = null;
        for (int z = 1; z <= 10; z++) {
            for (int l = 1; l <= 1000; l++) {
                if (bound.bound(z, l) <= 0.01) {
                    if ((long) l * z < bestCost) {
                        bestCost = (long) l * z;
                        brute = new int[] {z, l};
                    }
                    break;
                }
            }
        }
        assertArrayEquals(brute, best);
        assertTrue(bound.bound(best[0], best[1]) <= 0.01);
        assertNull(bound.cheapest(1e-300, 2, 3));
    }

    @Test
    void refusesFamiliesWithoutClosedFormAndBadZ() {
        assertThrows(IllegalArgumentException.class, () -> FailureBound.of(
                new CrossPolytopeFamily(), q, k, new AnnaParams(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> bound.nearPart(0, 1));
        assertThrows(IllegalArgumentException.class, () -> bound.farPart(65, 1));
    }
}
