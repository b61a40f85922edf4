package org.annaref.twin;

/**
 * The buckets of one table: open addressing over exact keys (w words per point), the twin's
 * replacement for the reference's sort-and-binary-search.
 *
 * <p>Buckets are numbered in order of first appearance over increasing point index, and the
 * probe compares all w words of a key, so two points share a bucket exactly when their keys are
 * equal (the 64-bit mix only chooses the slot; it never decides equality). The slot array has
 * at least twice as many slots as points (load at most 1/2), so a probe sequence is short.
 */
final class BucketIndex {
    private final long[] keys;
    private final int words;
    private final int[] slots;
    private final int mask;
    private final int[] first;
    private final int[] bucketOf;
    private final int[] counts;
    private final int buckets;
    private int[] memberStart;
    private int[] members;

    private BucketIndex(long[] keys, int words, int[] slots, int[] first, int[] bucketOf,
            int[] counts, int buckets) {
        this.keys = keys;
        this.words = words;
        this.slots = slots;
        this.mask = slots.length - 1;
        this.first = first;
        this.bucketOf = bucketOf;
        this.counts = counts;
        this.buckets = buckets;
    }

    /** Groups points 0..n-1 by their keys {@code keys[i * words ... (i + 1) * words - 1]}. */
    static BucketIndex build(long[] keys, int words, int n) {
        int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        int[] slots = new int[capacity];
        java.util.Arrays.fill(slots, -1);
        int mask = capacity - 1;
        int[] first = new int[n];
        int[] bucketOf = new int[n];
        int[] counts = new int[n];
        int buckets = 0;
        for (int i = 0; i < n; i++) {
            int s = (int) mix(keys, i * words, words) & mask;
            while (true) {
                int b = slots[s];
                if (b < 0) {
                    slots[s] = buckets;
                    first[buckets] = i;
                    bucketOf[i] = buckets;
                    counts[buckets] = 1;
                    buckets++;
                    break;
                }
                if (equal(keys, first[b] * words, keys, i * words, words)) {
                    bucketOf[i] = b;
                    counts[b]++;
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        return new BucketIndex(keys, words, slots, first, bucketOf, counts, buckets);
    }

    /** The bucket whose key equals {@code probe[offset ... offset + words - 1]}, or -1. */
    int find(long[] probe, int offset) {
        int s = (int) mix(probe, offset, words) & mask;
        while (true) {
            int b = slots[s];
            if (b < 0) {
                return -1;
            }
            if (equal(keys, first[b] * words, probe, offset, words)) {
                return b;
            }
            s = (s + 1) & mask;
        }
    }

    /** Number of distinct keys. */
    int buckets() {
        return buckets;
    }

    /** The bucket of point i. */
    int bucketOf(int i) {
        return bucketOf[i];
    }

    /** Points in bucket b. */
    int count(int b) {
        return counts[b];
    }

    /** The members of every bucket, in increasing point index (a counting sort), built once. */
    void buildMembers() {
        if (members != null) {
            return;
        }
        int n = bucketOf.length;
        int[] start = new int[buckets + 1];
        for (int b = 0; b < buckets; b++) {
            start[b + 1] = start[b] + counts[b];
        }
        int[] fill = java.util.Arrays.copyOf(start, buckets);
        int[] list = new int[n];
        for (int i = 0; i < n; i++) {
            list[fill[bucketOf[i]]++] = i;
        }
        memberStart = start;
        members = list;
    }

    /** First position of bucket b in {@link #members()} (after {@link #buildMembers()}). */
    int memberStart(int b) {
        return memberStart[b];
    }

    /** All members, bucket after bucket (after {@link #buildMembers()}). */
    int[] members() {
        return members;
    }

    /** Bytes this index holds beyond the keys. */
    long bytes() {
        long b = 4L * slots.length + 12L * bucketOf.length;
        return members == null ? b : b + 4L * (members.length + memberStart.length);
    }

    private static long mix(long[] a, int offset, int words) {
        long h = 0x9E3779B97F4A7C15L;
        for (int w = 0; w < words; w++) {
            h = Long.rotateLeft(h, 29) ^ a[offset + w];
            h *= 0xBF58476D1CE4E5B9L;
        }
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 29);
    }

    private static boolean equal(long[] a, int ao, long[] b, int bo, int words) {
        for (int w = 0; w < words; w++) {
            if (a[ao + w] != b[bo + w]) {
                return false;
            }
        }
        return true;
    }
}
