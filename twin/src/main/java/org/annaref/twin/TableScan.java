package org.annaref.twin;

import org.annaref.spec.Matrix;

/**
 * ANNA's collisions one table at a time, for tuning (l, z): the twin builds table t exactly as
 * {@link TwinAnna} does (batched hashing, exact buckets) and hands a read-only view to a visitor
 * before moving to table t + 1. Because tables are sampled independently by index, the first l
 * tables of a scan are exactly the tables of a run with l tables and the same seed: one scan
 * with many tables answers "what happens with l tables" for every l up to it. The visitor
 * returns false to stop early.
 */
public final class TableScan {
    /** Receives each table in increasing order. */
    @FunctionalInterface
    public interface Visitor {
        /** Inspects table t; false stops the scan. */
        boolean visit(int table, Buckets buckets);
    }

    /** One built table, seen from the queries and the keys. */
    public static final class Buckets {
        private final BucketIndex index;
        private final int[] queryBucket;

        private Buckets(BucketIndex index, int[] queryBucket) {
            this.index = index;
            this.queryBucket = queryBucket;
        }

        /** The bucket query i lands in, or -1 when no key has its key. */
        public int queryBucket(int i) {
            return queryBucket[i];
        }

        /** The bucket of key j. */
        public int keyBucket(int j) {
            return index.bucketOf(j);
        }

        /** Keys in bucket b. */
        public int size(int b) {
            return index.count(b);
        }

        /** Key number p (0 &lt;= p &lt; size(b)) of bucket b, in increasing key index. */
        public int member(int b, int p) {
            return index.members()[index.memberStart(b) + p];
        }
    }

    private TableScan() {
    }

    /** Scans the tables of {@code hashes} over queries q and keys k, in order. */
    public static void run(TwinHashes hashes, Matrix q, Matrix k, Visitor visitor) {
        q.requireSameCols(k);
        if (q.cols() != hashes.dim) {
            throw new IllegalArgumentException(q.describe() + " has " + q.cols()
                    + " columns but the hash functions expect dimension " + hashes.dim);
        }
        int n = q.rows();
        int keys = k.rows();
        BatchHasher hasher = new BatchHasher(hashes);
        int words = hashes.compactWords();
        int group = new TwinAnna(hashes).hashGroup();
        for (int g0 = 0; g0 < hashes.tables; g0 += group) {
            int g1 = Math.min(hashes.tables, g0 + group);
            long[][] keyKeys = hasher.hash(k, null, g0, g1, true);
            long[][] queryKeys = hasher.hash(q, null, g0, g1, true);
            for (int t = g0; t < g1; t++) {
                BucketIndex index = BucketIndex.build(keyKeys[t - g0], words, keys,
                        hashes.directKeyBits());
                index.buildMembers();
                int[] bucket = new int[n];
                long[] probe = queryKeys[t - g0];
                Parallel.forRange(n, 1024, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        bucket[i] = index.find(probe, i * words);
                    }
                });
                if (!visitor.visit(t, new Buckets(index, bucket))) {
                    return;
                }
            }
        }
    }
}
