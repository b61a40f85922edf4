package org.annaref.twin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.random.SplitMix64;
import org.junit.jupiter.api.Test;

/** Buckets are exact key equality: same words, same bucket; one differing word, another. */
class BucketIndexTest {
    @Test
    void groupsExactlyEqualKeysInFirstAppearanceOrder() {
        long[] keys = {
            5, 1, 5, 1, 9, 9, 5, 2, 5, 1, Long.MIN_VALUE, 0, 9, 9, 0, Long.MIN_VALUE,
        };
        BucketIndex index = BucketIndex.build(keys, 2, 8);
        assertEquals(5, index.buckets());
        assertEquals(0, index.bucketOf(0));
        assertEquals(0, index.bucketOf(1));
        assertEquals(1, index.bucketOf(2));
        assertEquals(2, index.bucketOf(3));
        assertEquals(0, index.bucketOf(4));
        assertEquals(1, index.bucketOf(6));
        assertNotEquals(index.bucketOf(5), index.bucketOf(7));
        assertEquals(3, index.count(0));
        assertEquals(0, index.find(new long[] {5, 1}, 0));
        assertEquals(-1, index.find(new long[] {1, 5}, 0));
        assertEquals(-1, index.find(new long[] {5, 3}, 0));
        index.buildMembers();
        int start = index.memberStart(0);
        assertArrayEquals(new int[] {0, 1, 4}, java.util.Arrays.copyOfRange(index.members(),
                start, start + 3));
    }

    @Test
    void manyCollidingSlotsStayExact() {
        // 5000 distinct single-word keys that differ only in high bits: the probe must compare.
        int n = 5000;
        long[] keys = new long[2 * n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) i << 40;
            keys[n + i] = (long) i << 40;
        }
        BucketIndex index = BucketIndex.build(keys, 1, 2 * n);
        assertEquals(n, index.buckets());
        for (int i = 0; i < n; i++) {
            assertEquals(index.bucketOf(i), index.bucketOf(n + i));
            assertEquals(2, index.count(index.bucketOf(i)));
        }
        assertEquals(-1, index.find(new long[] {(long) n << 40}, 0));
    }

    @Test
    void emptyAndSingleInputs() {
        assertEquals(0, BucketIndex.build(new long[0], 3, 0).buckets());
        BucketIndex one = BucketIndex.build(new long[] {7}, 1, 1);
        assertEquals(1, one.buckets());
        assertEquals(0, one.find(new long[] {7}, 0));
    }

    @Test
    void directIndexingNumbersAndCountsAsProbingDoes() {
        SplitMix64 random = new SplitMix64(3);
        for (int bits : new int[] {1, 8, BucketIndex.MAX_DIRECT_BITS}) {
            int n = 3000;
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextLong() >>> (64 - bits);
            }
            BucketIndex probing = BucketIndex.build(keys, 1, n);
            BucketIndex direct = BucketIndex.build(keys, 1, n, bits);
            assertEquals(probing.buckets(), direct.buckets(), "bits " + bits);
            for (int i = 0; i < n; i++) {
                assertEquals(probing.bucketOf(i), direct.bucketOf(i), "bits " + bits);
            }
            for (int b = 0; b < probing.buckets(); b++) {
                assertEquals(probing.count(b), direct.count(b));
            }
            for (long key = 0; key < Math.min(1L << bits, 4096); key++) {
                long[] probe = {key};
                assertEquals(probing.find(probe, 0), direct.find(probe, 0), "key " + key);
            }
        }
    }

    @Test
    void directIndexingRefusesKeysAndWidthsItCannotHold() {
        assertThrows(IllegalStateException.class,
                () -> BucketIndex.build(new long[] {0, 256}, 1, 2, 8));
        BucketIndex index = BucketIndex.build(new long[] {3}, 1, 1, 2);
        assertThrows(IllegalStateException.class, () -> index.find(new long[] {4}, 0));
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> BucketIndex.build(new long[4], 2, 2, 8));
        assertTrue(wide.getMessage().contains("2 words"), wide.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BucketIndex.build(new long[1], 1, 1, BucketIndex.MAX_DIRECT_BITS + 1));
    }
}
