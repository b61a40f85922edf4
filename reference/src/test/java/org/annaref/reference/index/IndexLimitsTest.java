package org.annaref.reference.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Size limits of the tuple index and the run layout of a grouping, by hand. */
class IndexLimitsTest {
    @Test
    void requireFitsAcceptsExactlyOneArrayOfWords() {
        int limit = Integer.MAX_VALUE - 8; // the largest array length the project allocates
        Tuples.requireFits("keys", limit, 1);
        Tuples.requireFits("keys", 1, limit);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tuples.requireFits("keys", limit + 1, 1));
        assertTrue(e.getMessage().startsWith("keys:"), e.getMessage());
        // The product is taken in long: 3 x 715827880 = 2147483640 words, one too many.
        IllegalArgumentException product = assertThrows(IllegalArgumentException.class,
                () -> Tuples.requireFits("keys", 3, 715_827_880));
        assertTrue(product.getMessage().contains("2147483640 words"), product.getMessage());
    }

    @Test
    void buildRefusesAKeyArrayTooShortForTheTuples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TupleGroups.build(new long[3], 2, 2));
        assertTrue(e.getMessage().contains("need 4 words"), e.getMessage());
        // Exactly enough words is fine, and extra words past n tuples are ignored.
        assertEquals(2, TupleGroups.build(new long[4], 2, 2).size());
        assertEquals(1, TupleGroups.build(new long[] {7, 7, 9}, 1, 2).groups());
    }

    @Test
    void runsCoverTheSortedOrderEndToEnd() {
        // Keys 5, 3, 5, 1, 3, 5: runs {3} of 1, {1, 4} of 3, {0, 2, 5} of 5.
        TupleGroups groups = TupleGroups.build(new long[] {5, 3, 5, 1, 3, 5}, 1, 6);
        assertEquals(6, groups.size());
        assertEquals(3, groups.groups());
        int[] starts = {0, 1, 3};
        int[] ends = {1, 3, 6};
        for (int g = 0; g < 3; g++) {
            assertEquals(starts[g], groups.start(g), "start of run " + g);
            assertEquals(ends[g], groups.end(g), "end of run " + g);
            assertEquals(ends[g] - starts[g], groups.count(g), "count of run " + g);
        }
        assertArrayEquals(new int[] {1, 2, 3}, groups.counts());
        int[] members = new int[6];
        for (int p = 0; p < 6; p++) {
            members[p] = groups.at(p);
        }
        assertArrayEquals(new int[] {3, 1, 4, 0, 2, 5}, members);
        assertEquals(2, groups.find(new long[] {5}, 0));
        assertEquals(-1, groups.find(new long[] {4}, 0));
    }
}
