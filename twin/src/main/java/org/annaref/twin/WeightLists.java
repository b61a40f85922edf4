package org.annaref.twin;

import java.util.Arrays;
import org.annaref.spec.SparseWeights;

/**
 * The implied weights of a twin run, gathered per query: each time query i lands in a bucket,
 * the bucket's members are appended to row i (so key j appears c_ij times). Each row is only
 * touched by the thread that owns the query, so no locking. {@link #finish} sorts each row and
 * counts runs, which gives exactly the reference's {@link SparseWeights} (keys increasing,
 * counts c_ij, totals C_i).
 */
final class WeightLists {
    private final int keyCount;
    private final int[][] rows;
    private final int[] sizes;

    WeightLists(int queries, int keyCount) {
        this.keyCount = keyCount;
        this.rows = new int[queries][];
        this.sizes = new int[queries];
    }

    void add(int query, int[] members, int start, int count) {
        int size = sizes[query];
        long needed = (long) size + count;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("query " + query + " has more than "
                    + (Integer.MAX_VALUE - 8) + " collisions; the implied weights do not fit");
        }
        int[] row = rows[query];
        if (row == null || row.length < needed) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed,
                    2L * (row == null ? 4 : row.length)));
            rows[query] = row = row == null ? new int[grown] : Arrays.copyOf(row, grown);
        }
        System.arraycopy(members, start, row, size, count);
        sizes[query] = (int) needed;
    }

    SparseWeights finish() {
        int n = rows.length;
        int[][] keys = new int[n][];
        int[][] counts = new int[n][];
        long[] totals = new long[n];
        Parallel.forRange(n, 64, (from, to) -> {
            for (int i = from; i < to; i++) {
                int size = sizes[i];
                int[] row = rows[i] == null ? new int[0] : rows[i];
                Arrays.sort(row, 0, size);
                int distinct = 0;
                for (int p = 0; p < size; p++) {
                    if (p == 0 || row[p] != row[p - 1]) {
                        distinct++;
                    }
                }
                int[] k = new int[distinct];
                int[] c = new int[distinct];
                int g = -1;
                for (int p = 0; p < size; p++) {
                    if (p == 0 || row[p] != row[p - 1]) {
                        k[++g] = row[p];
                    }
                    c[g]++;
                }
                keys[i] = k;
                counts[i] = c;
                totals[i] = size;
                rows[i] = null;
            }
        });
        return new SparseWeights(keyCount, keys, counts, totals);
    }
}
