package org.annaref.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annaref.reference.attention.AttentionMask;
import org.junit.jupiter.api.Test;

/** The intervals the twin tiles over are exactly the pairs the reference's mask allows. */
class MaskRangesTest {
    private static final AttentionMask[] MASKS = {AttentionMask.none(), AttentionMask.causal(),
        AttentionMask.slidingWindow(1), AttentionMask.slidingWindow(4),
        AttentionMask.slidingWindow(50), AttentionMask.sink(1, 1), AttentionMask.sink(3, 2),
        AttentionMask.sink(2, 6), AttentionMask.sink(40, 3)};

    @Test
    void rowIntervalsMatchAllows() {
        int[] out = new int[4];
        for (AttentionMask mask : MASKS) {
            MaskRanges ranges = new MaskRanges(mask);
            for (int n = 1; n <= 23; n++) {
                for (int i = 0; i < n; i++) {
                    ranges.of(i, n, out);
                    for (int j = 0; j < n; j++) {
                        boolean inside = (j >= out[0] && j < out[1]) || (j >= out[2] && j < out[3]);
                        assertEquals(mask.allows(i, j), inside, mask + " n=" + n + " i=" + i
                                + " j=" + j);
                    }
                }
            }
        }
    }

    @Test
    void blockUnionCoversExactlyTheRowsIntervals() {
        int[] out = new int[4];
        int[] row = new int[4];
        for (AttentionMask mask : MASKS) {
            MaskRanges ranges = new MaskRanges(mask);
            int n = 30;
            for (int from = 0; from < n; from++) {
                for (int to = from + 1; to <= n; to++) {
                    ranges.union(from, to, n, out);
                    for (int j = 0; j < n; j++) {
                        boolean any = false;
                        for (int i = from; i < to; i++) {
                            ranges.of(i, n, row);
                            any |= (j >= row[0] && j < row[1]) || (j >= row[2] && j < row[3]);
                        }
                        boolean inside = (j >= out[0] && j < out[1]) || (j >= out[2] && j < out[3]);
                        assertEquals(any, inside, mask + " block [" + from + ", " + to + ") j="
                                + j);
                    }
                }
            }
        }
    }
}
