package org.annaref.twin;

/**
 * The buckets of one table: open addressing over exact keys (w words per point), the twin's
 * replacement for the reference's sort-and-binary-search.
 *
 * <p>Buckets are numbered in order of first appearance over increasing point index, and the
 * probe compares all w words of a key, so two points share a bucket exactly when their keys are
 * equal (the 64-bit mix only chooses the slot; it never decides equality). Each bucket's key is
 * kept once in a dense array, and the slot array grows with the number of buckets (load at most
 * 1/2, so a probe sequence is short): with few buckets (small z) both stay in the first cache
 * level instead of spanning arrays sized by the number of points.
 *
 * <p>When every key is one word below 2^b for a small b ({@link #MAX_DIRECT_BITS}: packed
 * hyperplane keys with z &lt;= 16), the key itself is the slot: a table of 2^b bucket numbers
 * replaces hashing and probing. The numbering and the counts are the same as with probing.
 */
final class BucketIndex {
    /** Largest key width (bits) indexed directly: a table of 2^16 ints, 256 KiB. */
    static final int MAX_DIRECT_BITS = 16;
    private static final int FIRST_CAPACITY = 64;

    private final int words;
    private final int[] bucketOf;
    private final int[] counts;
    private int[] slots;
    private int mask;
    private long[] bucketKeys;
    private int buckets;
    private int[] memberStart;
    private int[] members;
    /** Direct mode: the bucket of each key value (-1 for none), or null when probing. */
    private final int[] direct;

    private BucketIndex(int words, int n, int directBits) {
        this.words = words;
        this.bucketOf = new int[n];
        this.counts = new int[n];
        this.slots = emptySlots(FIRST_CAPACITY);
        this.mask = FIRST_CAPACITY - 1;
        this.bucketKeys = new long[Math.min(n, FIRST_CAPACITY / 2) * words];
        this.direct = directBits > 0 ? emptySlots(1 << directBits) : null;
    }

    /** Groups points 0..n-1 by their keys {@code keys[i * words ... (i + 1) * words - 1]}. */
    static BucketIndex build(long[] keys, int words, int n) {
        return build(keys, words, n, 0);
    }

    /**
     * As {@link #build(long[], int, int)}; with {@code directBits} in [1, MAX_DIRECT_BITS]
     * the keys must be single words in [0, 2^directBits) and are indexed directly (0: probing).
     */
    static BucketIndex build(long[] keys, int words, int n, int directBits) {
        if (directBits < 0 || directBits > MAX_DIRECT_BITS || (directBits > 0 && words != 1)) {
            throw new IllegalArgumentException("direct indexing needs one-word keys of 1 to "
                    + MAX_DIRECT_BITS + " bits, got " + words + " words of " + directBits
                    + " bits");
        }
        BucketIndex index = new BucketIndex(words, n, directBits);
        if (index.direct != null) {
            index.insertAllDirect(keys, n);
            return index;
        }
        for (int i = 0; i < n; i++) {
            index.insert(keys, i);
        }
        return index;
    }

    private void insertAllDirect(long[] keys, int n) {
        int[] table = direct;
        for (int i = 0; i < n; i++) {
            int slot = directSlot(keys[i]);
            int b = table[slot];
            if (b < 0) {
                b = buckets++;
                table[slot] = b;
            }
            bucketOf[i] = b;
            counts[b]++;
        }
    }

    /** The key as a slot of the direct table; a key outside it is a caller's bug. */
    private int directSlot(long key) {
        if (key < 0 || key >= direct.length) {
            throw new IllegalStateException("key " + key + " is outside the direct index of "
                    + direct.length + " slots");
        }
        return (int) key;
    }

    private void insert(long[] keys, int i) {
        int at = i * words;
        int s = (int) mix(keys, at, words) & mask;
        while (true) {
            int b = slots[s];
            if (b < 0) {
                break;
            }
            if (equal(bucketKeys, b * words, keys, at, words)) {
                bucketOf[i] = b;
                counts[b]++;
                return;
            }
            s = (s + 1) & mask;
        }
        int b = buckets++;
        if ((long) b * words + words > bucketKeys.length) {
            bucketKeys = java.util.Arrays.copyOf(bucketKeys, Math.max(words,
                    (int) Math.min((long) counts.length * words, 2L * bucketKeys.length)));
        }
        System.arraycopy(keys, at, bucketKeys, b * words, words);
        bucketOf[i] = b;
        counts[b] = 1;
        slots[s] = b;
        if (2L * buckets > slots.length) {
            rehash(2 * slots.length);
        }
    }

    /** A slot array of twice the size, refilled from the dense bucket keys. */
    private void rehash(int capacity) {
        slots = emptySlots(capacity);
        mask = capacity - 1;
        for (int b = 0; b < buckets; b++) {
            int s = (int) mix(bucketKeys, b * words, words) & mask;
            while (slots[s] >= 0) {
                s = (s + 1) & mask;
            }
            slots[s] = b;
        }
    }

    private static int[] emptySlots(int capacity) {
        int[] slots = new int[capacity];
        java.util.Arrays.fill(slots, -1);
        return slots;
    }

    /** The bucket whose key equals {@code probe[offset ... offset + words - 1]}, or -1. */
    int find(long[] probe, int offset) {
        if (direct != null) {
            return direct[directSlot(probe[offset])];
        }
        int s = (int) mix(probe, offset, words) & mask;
        while (true) {
            int b = slots[s];
            if (b < 0) {
                return -1;
            }
            if (equal(bucketKeys, b * words, probe, offset, words)) {
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

    /** Bytes this index holds beyond the points' keys. */
    long bytes() {
        long b = 4L * slots.length + 8L * bucketOf.length + 8L * bucketKeys.length
                + (direct == null ? 0 : 4L * direct.length);
        return members == null ? b : b + 4L * (members.length + memberStart.length);
    }

    private static long mix(long[] a, int offset, int words) {
        if (words == 1) {
            // The common case (packed hyperplane and cross-polytope keys): one word, no loop.
            long h = a[offset] * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            return h ^ (h >>> 29);
        }
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
        if (words == 1) {
            return a[ao] == b[bo];
        }
        for (int w = 0; w < words; w++) {
            if (a[ao + w] != b[bo + w]) {
                return false;
            }
        }
        return true;
    }
}
