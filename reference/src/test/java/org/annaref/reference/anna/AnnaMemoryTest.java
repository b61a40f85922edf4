package org.annaref.reference.anna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The size-only memory estimate against its documented formula, computed by hand. */
class AnnaMemoryTest {
    /**
     * The class comment's formula: per table, N bucket keys of 8 keyWidth bytes, 13 index bytes
     * per key and N m_v value-sum doubles; per query, m_v running sums, the count and one key.
     */
    private static long byHand(long queries, long keys, long valueCols, long tablesHeld,
            long keyWidth) {
        long perTable = keys * 8 * keyWidth + keys * 13 + keys * valueCols * 8;
        long perQuery = valueCols * 8 + 8 + keyWidth * 8;
        return tablesHeld * perTable + queries * perQuery;
    }

    @Test
    void smallCaseWorkedOut() {
        // 3 queries, 5 keys, m_v = 2, 4 tables, keys of 7 words:
        // per table 5 * (56 + 13) + 8 * 5 * 2 = 425; per query 16 + 8 + 56 = 80.
        assertEquals(4 * 425 + 3 * 80, AnnaMemory.estimate(3, 5, 2, 4, 7));
        assertEquals(byHand(3, 5, 2, 4, 7), AnnaMemory.estimate(3, 5, 2, 4, 7));
    }

    @Test
    void matchesTheFormulaAcrossSizesWithoutIntOverflow() {
        int[][] cases = {{1, 1, 1, 1, 1}, {0, 10, 3, 2, 5}, {10, 0, 3, 2, 5},
            {100_000, 1_000_000, 64, 32, 16}, {2_000_000_000, 2_000_000_000, 1000, 1000, 100}};
        for (int[] c : cases) {
            assertEquals(byHand(c[0], c[1], c[2], c[3], c[4]),
                    AnnaMemory.estimate(c[0], c[1], c[2], c[3], c[4]),
                    java.util.Arrays.toString(c));
        }
    }

    @Test
    void algorithmTwoHoldsOneTableAlgorithmOneAllOfThem() {
        long one = AnnaMemory.estimate(50, 200, 4, 1, 3);
        long eight = AnnaMemory.estimate(50, 200, 4, 8, 3);
        long perTable = 200L * (8 * 3 + 13) + 8L * 200 * 4;
        assertEquals(7 * perTable, eight - one);
    }

    @Test
    void anEstimatePast2To63SaturatesInsteadOfWrappingAround() {
        // 2^30 keys of one word in 2^30 tables: about 2^65 bytes. The estimate used to wrap
        // around to a negative number here, which the heap check then accepted.
        assertEquals(Long.MAX_VALUE, AnnaMemory.estimate(1, 1 << 30, 1, 1 << 30, 1));
        assertEquals(Long.MAX_VALUE, AnnaMemory.estimate(Integer.MAX_VALUE, Integer.MAX_VALUE,
                Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
        // Each saturating step on its own: the per-table bytes, the tables, the queries.
        assertEquals(Long.MAX_VALUE, AnnaMemory.estimate(0, Integer.MAX_VALUE,
                Integer.MAX_VALUE, Integer.MAX_VALUE, 1));
        assertEquals(Long.MAX_VALUE, AnnaMemory.estimate(Integer.MAX_VALUE, 0,
                Integer.MAX_VALUE, 1, Integer.MAX_VALUE));
        long justBelow = byHand(0, 1 << 30, 1, 1 << 27, 1);
        assertTrue(justBelow > 0, "the by-hand product fits a long here");
        assertEquals(justBelow, AnnaMemory.estimate(0, 1 << 30, 1, 1 << 27, 1));
        assertThrows(IllegalArgumentException.class,
                () -> AnnaMemory.require(1, 1 << 30, 1, 1 << 30, 1 << 30, 1));
    }

    @Test
    void saturatingStepsAreExactUpTo2To63Minus1() {
        long most = Long.MAX_VALUE / 2;
        assertEquals(2 * most, AnnaMemory.timesAtMost(most, 2));
        assertEquals(Long.MAX_VALUE - 1, AnnaMemory.timesAtMost(most, 2));
        assertEquals(Long.MAX_VALUE, AnnaMemory.timesAtMost(most + 1, 2));
        assertEquals(0, AnnaMemory.timesAtMost(Long.MAX_VALUE, 0));
        assertEquals(Long.MAX_VALUE, AnnaMemory.timesAtMost(Long.MAX_VALUE, 1));
        assertEquals(Long.MAX_VALUE, AnnaMemory.plusAtMost(Long.MAX_VALUE - 5, 5));
        assertEquals(Long.MAX_VALUE - 1, AnnaMemory.plusAtMost(Long.MAX_VALUE - 5, 4));
        assertEquals(Long.MAX_VALUE, AnnaMemory.plusAtMost(Long.MAX_VALUE - 5, 6));
    }

    @Test
    void requireRefusesARunThatCannotFitAndNamesIt() {
        AnnaMemory.require(10, 10, 2, 3, 3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnaMemory.require(1_000_000, 1_000_000, 1000, 1000, 1000, 64));
        assertTrue(e.getMessage().contains("ANNA with 1000 tables over 1000000 keys"),
                e.getMessage());
    }
}
