package org.annaref.reference.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sort, search and grouping of tuples against brute force. Keys come from a tiny alphabet
 * (including negative and extreme longs) so ties and shared prefixes are the common case.
 */
class TupleIndexProperties {
    private static final long[] ALPHABET = {Long.MIN_VALUE, -3, 0, 1, 2, Long.MAX_VALUE};

    private static long[] randomKeys(int n, int width, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] keys = new long[n * width];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return keys;
    }

    private static Integer[] bruteForceOrder(long[] keys, int width, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> lex = (a, b) -> Arrays.compare(keys, a * width, a * width + width,
                keys, b * width, b * width + width);
        Arrays.sort(order, lex.thenComparing(Comparator.naturalOrder()));
        return order;
    }

    @Test
    void compareAndFirstDifferenceAgreeWithTheJdk() {
        qt().withFixedSeed(20261125L).withExamples(300)
                .forAll(integers().between(1, 5), longs().all())
                .checkAssert((width, seed) -> {
                    long[] keys = randomKeys(2, width, seed);
                    int mismatch = Arrays.mismatch(keys, 0, width, keys, width, 2 * width);
                    assertEquals(mismatch < 0 ? width : mismatch,
                            Tuples.firstDifference(keys, width, 0, 1), "width=" + width);
                    assertEquals(Integer.signum(Arrays.compare(keys, 0, width, keys, width,
                            2 * width)), Tuples.compare(keys, width, 0, 1), "width=" + width);
                    assertEquals(0, Tuples.compare(keys, width, 1, 1));
                });
    }

    @Test
    void sortIsTheStableLexicographicOrder() {
        qt().withFixedSeed(20261124L).withExamples(300)
                .forAll(integers().between(0, 70), integers().between(1, 4), longs().all())
                .checkAssert((n, width, seed) -> {
                    long[] keys = randomKeys(n, width, seed);
                    int[] order = TupleSort.sort(keys, width, n);
                    Integer[] expected = bruteForceOrder(keys, width, n);
                    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                            order, "n=" + n + " width=" + width);
                });
    }

    @Test
    void equalRangeIsExactlyTheEqualTuples() {
        qt().withFixedSeed(77L).withExamples(300)
                .forAll(integers().between(0, 60), integers().between(1, 3), longs().all())
                .checkAssert((n, width, seed) -> {
                    long[] keys = randomKeys(n, width, seed);
                    int[] order = TupleSort.sort(keys, width, n);
                    long[] probe = randomKeys(1, width, seed ^ 0x5DEECE66DL);
                    int[] range = TupleSearch.equalRange(keys, width, order, probe, 0);
                    for (int p = 0; p < n; p++) {
                        boolean equal = Tuples.equalsProbe(keys, width, order[p], probe, 0);
                        boolean inside = range[0] <= p && p < range[1];
                        assertEquals(equal, inside, "position " + p);
                    }
                    if (n > 0) {
                        // A probe copied from a key is always found.
                        int[] hit = TupleSearch.equalRange(keys, width, order,
                                Arrays.copyOfRange(keys, 0, width), 0);
                        assertTrue(hit[0] < hit[1]);
                    }
                });
    }

    @Test
    void groupsPartitionTheTuplesIntoEqualRuns() {
        qt().withFixedSeed(5L).withExamples(300)
                .forAll(integers().between(0, 80), integers().between(1, 3), longs().all())
                .checkAssert((n, width, seed) -> {
                    long[] keys = randomKeys(n, width, seed);
                    TupleGroups groups = TupleGroups.build(keys, width, n);
                    int total = 0;
                    int[] counts = groups.counts();
                    assertEquals(groups.groups(), counts.length);
                    for (int g = 0; g < groups.groups(); g++) {
                        total += counts[g];
                        assertEquals(groups.count(g), counts[g]);
                        int first = groups.at(groups.start(g));
                        long[] probe = Arrays.copyOfRange(keys, first * width, first * width + width);
                        assertEquals(g, groups.find(probe, 0));
                        int previous = -1;
                        for (int p = groups.start(g); p < groups.end(g); p++) {
                            int j = groups.at(p);
                            assertTrue(j > previous, "members increase");
                            previous = j;
                            assertTrue(Tuples.equalsProbe(keys, width, j, probe, 0));
                        }
                        // Each bucket's count equals the number of keys with that key.
                        int brute = 0;
                        for (int j = 0; j < n; j++) {
                            brute += Tuples.equalsProbe(keys, width, j, probe, 0) ? 1 : 0;
                        }
                        assertEquals(brute, groups.count(g));
                    }
                    assertEquals(n, total, "counts sum to N");
                });
    }

    @Test
    void findReturnsMinusOneForAnAbsentTuple() {
        long[] keys = {1, 2, 1, 3, 5, 5};
        TupleGroups groups = TupleGroups.build(keys, 2, 3);
        assertEquals(-1, groups.find(new long[] {1, 4}, 0));
        assertEquals(-1, groups.find(new long[] {9, 9, 0, 0}, 2));
        assertEquals(3, groups.groups());
        assertThrows(IllegalArgumentException.class, () -> groups.find(new long[] {1}, 0));
    }

    @Test
    void runHelpersOnEdgeCases() {
        assertEquals(0, TupleGroups.build(new long[0], 1, 0).groups());
        assertArrayEquals(new int[0], TupleGroups.runCounts(new int[] {0}));
        // Runs of 1, 3 3, 5 5 5 (sorted): bounds 0, 1, 3, 6, including a run that ends the order.
        TupleGroups groups = TupleGroups.build(new long[] {5, 3, 5, 1, 3, 5}, 1, 6);
        assertEquals(3, groups.groups());
        assertArrayEquals(new int[] {0, 1, 3}, new int[] {groups.start(0), groups.start(1),
            groups.start(2)});
        assertEquals(6, groups.end(2));
        assertArrayEquals(new int[] {2, 1, 3}, TupleGroups.runCounts(new int[] {0, 2, 3, 6}));
    }

    @Test
    void sumRowsAddsMembersInIncreasingIndexOrder() {
        long[] keys = {7, 3, 7, 7};
        TupleGroups groups = TupleGroups.build(keys, 1, 4);
        double[] values = {1e16, 5, 1.0, -1e16};
        double[] sums = groups.sumRows(new org.annaref.spec.Matrix("V", 4, 1, values));
        // group of key 3 first (sorted), then key 7: ((0.0 + 1e16) + 1.0) + -1e16 = 0.0 in
        // double (the 1.0 is absorbed); another order would give 1.0.
        assertEquals(5.0, sums[0]);
        assertEquals(0.0, sums[1]);
    }
}
