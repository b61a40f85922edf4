package org.annaref.reference.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.annaref.reference.TestMatrices;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

/** The brute-force near and candidate lists: closed balls, increasing indices, copies. */
class NeighbourOracleTest {
    @Test
    void distancesExactlyRAndExactlyCrAreIncluded() {
        // Query at the origin; r = 2.5, c = 2, so cr = 5. Distances are exact in double:
        // key 0: 5 (3-4-5), 1: 1, 2: 6, 3: 2.5, 4: 5, 5: just over 5, 6: just over 2.5.
        Matrix q = new Matrix("Q", 1, 2, new double[] {0, 0});
        Matrix k = new Matrix("K", 7, 2, new double[] {3, 4, 1, 0, 6, 0, 0, -2.5, 0, -5,
            Math.nextUp(5.0), 0, Math.nextUp(2.5), 0});
        NeighbourOracle oracle = NeighbourOracle.build(q, k, new AnnaParams(2.5, 2.0));
        assertEquals(1, oracle.queries());
        assertArrayEquals(new int[] {1, 3}, oracle.near(0));
        assertArrayEquals(new int[] {0, 1, 3, 4, 6}, oracle.candidates(0));
    }

    @Test
    void matchesADirectScanOnRandomPoints() {
        SplittableRandom random = new SplittableRandom(8080L);
        Matrix q = TestMatrices.uniform("Q", 7, 3, random);
        Matrix k = TestMatrices.uniform("K", 40, 3, random);
        AnnaParams params = new AnnaParams(0.6, 1.8);
        NeighbourOracle oracle = NeighbourOracle.build(q, k, params);
        assertEquals(7, oracle.queries());
        int nonEmpty = 0;
        for (int i = 0; i < q.rows(); i++) {
            final int row = i;
            double[] d = IntStream.range(0, k.rows()).mapToDouble(j -> distance(q, row, k, j))
                    .toArray();
            int[] near = IntStream.range(0, k.rows()).filter(j -> d[j] <= params.r()).toArray();
            int[] candidates = IntStream.range(0, k.rows()).filter(j -> d[j] <= params.cr())
                    .toArray();
            assertArrayEquals(near, oracle.near(i), "near of query " + i);
            assertArrayEquals(candidates, oracle.candidates(i), "candidates of query " + i);
            nonEmpty += near.length > 0 ? 1 : 0;
        }
        assertTrue(nonEmpty > 0, "the instance should have some near keys");
    }

    private static double distance(Matrix a, int i, Matrix b, int j) {
        double sum = 0.0;
        for (int t = 0; t < a.cols(); t++) {
            double d = a.get(i, t) - b.get(j, t);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    @Test
    void listsAreCopies() {
        Matrix q = new Matrix("Q", 1, 1, new double[] {0});
        Matrix k = new Matrix("K", 3, 1, new double[] {0, 1, 3});
        NeighbourOracle oracle = NeighbourOracle.build(q, k, new AnnaParams(1.0, 2.0));
        oracle.near(0)[0] = 99;
        oracle.candidates(0)[1] = 99;
        assertArrayEquals(new int[] {0, 1}, oracle.near(0));
        assertArrayEquals(new int[] {0, 1}, oracle.candidates(0));
    }

    @Test
    void withinKeepsIncreasingIndicesOfTheClosedBall() {
        assertArrayEquals(new int[] {1, 2, 4}, NeighbourOracle.within(
                new double[] {3.0, 1.0, 2.0, Math.nextUp(2.0), 0.0}, 2.0));
        assertArrayEquals(new int[] {0, 1, 2}, NeighbourOracle.within(
                new double[] {0.5, 0.5, 0.5}, 0.5));
        assertArrayEquals(new int[] {}, NeighbourOracle.within(new double[] {4, 5}, 3.0));
        assertArrayEquals(new int[] {}, NeighbourOracle.within(new double[] {}, 3.0));
    }

    @Test
    void queriesAndKeysMustHaveTheSameWidth() {
        Matrix q = new Matrix("Q", 1, 2, new double[] {0, 0});
        Matrix k = new Matrix("K", 1, 3, new double[] {0, 0, 0});
        assertThrows(IllegalArgumentException.class,
                () -> NeighbourOracle.build(q, k, new AnnaParams(1.0, 2.0)));
    }
}
