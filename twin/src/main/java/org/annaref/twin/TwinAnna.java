package org.annaref.twin;

import org.annaref.reference.amplify.HashTables;
import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;

/**
 * ANNA by Algorithm 2 (linear memory), vectorized and on all cores: tables are processed in
 * increasing t, and per table each query adds its bucket's (S_t[b], C_t[b]) to its running
 * (S_i, C_i).
 *
 * <ul>
 * <li>Hashing: keys and queries of a group of tables at once, as one matrix product
 * ({@link BatchHasher}); the group is small enough that its keys take at most about m words
 * per point.</li>
 * <li>Buckets: open addressing on exact keys ({@link BucketIndex}); a bucket's value sum adds
 * its members in increasing key index from +0.0, as the reference does.</li>
 * <li>Parallelism: each thread builds a few tables at a time ({@link #tablesPerThread}: index
 * plus bucket sums, O(N m_v) per thread), then the queries, split over the threads, read those
 * tables in increasing t. So each S_i receives its buckets in the reference's order: with
 * equal bucket keys the output is the reference's output bit for bit.</li>
 * </ul>
 * Working memory: the key group, the built tables of a pass and the running (S_i, C_i):
 * O(m N) in all, O(N m_v) per thread.
 */
public final class TwinAnna implements Attention {
    /** Projection columns per hashing pass (the width of the matrix product). */
    static final int PANEL_COLUMNS = 256;
    /** At most this many tables per thread per pass (see {@link #tablesPerThread}). */
    static final int MAX_TABLES_PER_THREAD = 16;
    /** Queries that go through the tables of a pass together (see {@link #addBuckets}). */
    static final int QUERY_BLOCK = 64;
    /** Value rows copied out of V at a time while the bucket sums are built. */
    static final int VALUE_BLOCK = 64;

    private final TwinHashes h;

    /** ANNA with these functions. */
    public TwinAnna(TwinHashes hashes) {
        if (hashes == null) {
            throw new IllegalArgumentException("hash tables must not be null");
        }
        this.h = hashes;
    }

    /** ANNA with the reference's sampled functions. */
    public TwinAnna(HashTables tables) {
        this(TwinHashes.of(checkNotNull(tables)));
    }

    private static HashTables checkNotNull(HashTables tables) {
        if (tables == null) {
            throw new IllegalArgumentException("hash tables must not be null");
        }
        return tables;
    }

    /** Samples l tables of z functions by the reference's rule (same seed, same functions). */
    public static TwinAnna sample(LshFamily family, int dim, TableParams params) {
        return new TwinAnna(TwinSampler.sample(family, dim, params));
    }

    @Override
    public String name() {
        return "anna-twin";
    }

    /** The functions. */
    public TwinHashes hashes() {
        return h;
    }

    @Override
    public Matrix attend(Matrix q, Matrix k, Matrix v) {
        return run(q, k, v, false).output();
    }

    /** Tables hashed per pass: keys of a group take about max(m, 8) words per point at most. */
    int hashGroup() {
        int byPanel = Math.max(1, PANEL_COLUMNS / Math.max(1, h.projectionsPerTable()));
        int byWords = Math.max(1, Math.max(h.dim, 8) / h.compactWords());
        return Math.min(h.tables, Math.min(byPanel, byWords));
    }

    /** The output, and the implied weights when {@code withWeights}. */
    public TwinRun run(Matrix q, Matrix k, Matrix v, boolean withWeights) {
        AttentionShapes.check(q, k, v);
        if (q.cols() != h.dim) {
            throw new IllegalArgumentException(q.describe() + " has " + q.cols()
                    + " columns but the hash functions expect dimension " + h.dim);
        }
        int n = q.rows();
        int keys = k.rows();
        int mv = v.cols();
        // Q, K and V are read block by block (Matrix.copyRows), never copied whole.
        double[] sums = new double[n * mv];
        long[] totals = new long[n];
        WeightLists lists = withWeights ? new WeightLists(n, keys) : null;
        long base = 8L * (sums.length + totals.length);
        long peak = 0;
        if (n > 0 && keys > 0) {
            BatchHasher hasher = new BatchHasher(h);
            int words = h.compactWords();
            int group = hashGroup();
            int threads = Parallel.threads();
            for (int g0 = 0; g0 < h.tables; g0 += group) {
                int g1 = Math.min(h.tables, g0 + group);
                int groupStart = g0;
                long[][] keyKeys = hasher.hash(k, null, g0, g1, true);
                long[][] queryKeys = hasher.hash(q, null, g0, g1, true);
                long keyBytes = 8L * (g1 - g0) * words * (keys + n) + hashingBuffers(g1 - g0);
                // Every thread gets tables to build, even when a pass could hold them all.
                int perThread = Math.min(tablesPerThread(keys, mv),
                        (g1 - g0 + threads - 1) / threads);
                int pass = threads * perThread;
                for (int b0 = g0; b0 < g1; b0 += pass) {
                    int b1 = Math.min(g1, b0 + pass);
                    BuiltTable[] built = new BuiltTable[b1 - b0];
                    int first = b0;
                    int tasks = (built.length + perThread - 1) / perThread;
                    Parallel.forEach(tasks, task -> BuiltTable.buildSome(built,
                            task * perThread, Math.min(built.length, (task + 1) * perThread),
                            keyKeys, first - groupStart, words, h.directKeyBits(), v,
                            withWeights));
                    long builtBytes = 0;
                    for (BuiltTable b : built) {
                        builtBytes += b.bytes();
                    }
                    peak = Math.max(peak, keyBytes + builtBytes);
                    addBuckets(built, queryKeys, first - groupStart, words, mv, sums, totals,
                            lists);
                }
            }
        }
        // out_i = S_i / C_i in place (rows with C_i = 0 stay +0.0): the Matrix copies anyway.
        double[] out = sums;
        Parallel.forRange(n, QUERY_BLOCK, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (totals[i] > 0) {
                    Vectors.divide(out, i * mv, sums, i * mv, mv, (double) totals[i]);
                }
            }
        });
        SparseWeights weights = lists == null ? null : lists.finish();
        return new TwinRun(new Matrix("ANNA output", n, mv, out), weights, base + peak);
    }

    /**
     * Every query adds the buckets it lands in, table after table in increasing t, to its
     * running (S_i, C_i). Queries go in blocks of {@link #QUERY_BLOCK}: for each table, the
     * block's queries add from that table's sums before the next table is read. The block's
     * S_i (QUERY_BLOCK m_v doubles) and one table's sums stay in the core's caches, where one
     * query at a time over all the tables of a pass read sums spread over more than the cache.
     * Each S_i still receives its tables in increasing t, so the bits do not change.
     */
    private static void addBuckets(BuiltTable[] built, long[][] queryKeys, int offset,
            int words, int mv, double[] sums, long[] totals, WeightLists lists) {
        int n = totals.length;
        Parallel.forRange(n, QUERY_BLOCK, (from, to) -> {
            for (int i0 = from; i0 < to; i0 += QUERY_BLOCK) {
                int i1 = Math.min(to, i0 + QUERY_BLOCK);
                for (int u = 0; u < built.length; u++) {
                    BucketIndex index = built[u].index;
                    double[] tableSums = built[u].sums;
                    long[] probe = queryKeys[offset + u];
                    for (int i = i0; i < i1; i++) {
                        int b = index.find(probe, i * words);
                        if (b >= 0) {
                            totals[i] += index.count(b);
                            if (lists != null) {
                                lists.add(i, index.members(), index.memberStart(b),
                                        index.count(b));
                            }
                            Vectors.add(sums, i * mv, tableSums, b * mv, mv);
                        }
                    }
                }
            }
        });
    }

    /**
     * Tables each thread builds per pass, in one sweep over V (a value row is read once for
     * all of them), and that the queries then read while their S_i stays in cache. More tables
     * per pass mean fewer sweeps over V and over the running sums, which bound the speed
     * (ANNA's arithmetic is one add per value entry). A built table holds its buckets' sums:
     * at most min(N, 2^z) buckets for hyperplanes, N otherwise. The tables of a pass together
     * hold at most about 2 N m_v doubles per thread (so the working memory stays O(N m_v) per
     * thread): 2 tables when buckets are mostly single keys, up to 16 when they are few.
     */
    int tablesPerThread(int keys, int mv) {
        long buckets = h.kind == TwinHashes.HYPERPLANE && h.z < 31 ? Math.min(keys, 1L << h.z)
                : keys;
        long fit = 2L * keys / Math.max(1, buckets);
        return (int) Math.max(2, Math.min(MAX_TABLES_PER_THREAD, fit));
    }

    /**
     * The buffers of one hashing pass: the panel (in double and in float) and, per task (at
     * most 4 per thread), a block of projections, of input rows (double and float) and of sign
     * words.
     */
    private long hashingBuffers(int tablesInGroup) {
        long columns = Lanes.roundUp(tablesInGroup * h.projectionsPerTable());
        long panel = 12L * columns * h.dim;
        long perTask = 8L * BatchHasher.BLOCK * columns + 12L * BatchHasher.BLOCK * h.dim
                + 8L * BatchHasher.BLOCK * (columns / 64 + 1);
        return panel + 4L * Parallel.threads() * perTask;
    }

    /** One table: its buckets and their value sums S_t[b] and counts C_t[b]. */
    private static final class BuiltTable {
        final BucketIndex index;
        final double[] sums;
        final int mv;

        private BuiltTable(BucketIndex index, double[] sums, int mv) {
            this.index = index;
            this.sums = sums;
            this.mv = mv;
        }

        /**
         * Builds built[u] for u in [u0, u1) from keyKeys[offset + u] in one sweep over the
         * values: each table's bucket sums still add their members in increasing j from +0.0
         * (the reference's bucket-sum order); tables only share the loads of v_j.
         */
        static void buildSome(BuiltTable[] built, int u0, int u1, long[][] keyKeys, int offset,
                int words, int directBits, Matrix values, boolean members) {
            int n = values.rows();
            int mv = values.cols();
            BucketIndex[] index = new BucketIndex[u1 - u0];
            double[][] sums = new double[u1 - u0][];
            for (int u = u0; u < u1; u++) {
                index[u - u0] = BucketIndex.build(keyKeys[offset + u], words, n, directBits);
                sums[u - u0] = new double[index[u - u0].buckets() * mv];
            }
            double[] block = new double[VALUE_BLOCK * mv];
            for (int j0 = 0; j0 < n; j0 += VALUE_BLOCK) {
                int j1 = Math.min(n, j0 + VALUE_BLOCK);
                values.copyRows(j0, j1, block, 0);
                // Table-major within the block: one table's sums are written at a time.
                for (int u = 0; u < u1 - u0; u++) {
                    for (int j = j0; j < j1; j++) {
                        Vectors.add(sums[u], index[u].bucketOf(j) * mv, block, (j - j0) * mv,
                                mv);
                    }
                }
            }
            for (int u = u0; u < u1; u++) {
                if (members) {
                    index[u - u0].buildMembers();
                }
                built[u] = new BuiltTable(index[u - u0], sums[u - u0], mv);
            }
        }

        long bytes() {
            return index.bytes() + 8L * sums.length;
        }
    }
}
