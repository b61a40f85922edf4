package org.annaref.reference.anna;

import org.annaref.reference.index.TupleGroups;
import org.annaref.spec.Require;
import org.annaref.spec.SparseWeights;

/**
 * Collects the implied weights of an LSH run: every time query i lands in bucket b of a table,
 * each member j of b is one collision of (i, j). At the end, c_ij = the number of collisions of
 * (i, j) and C_i = their total ({@link SparseWeights}).
 *
 * <p>Memory is the number of collisions (sum of the C_i), checked against the heap before each
 * table's collisions are stored.
 */
final class WeightCollector {
    private final /*@ spec_public @*/ int keyCount;
    // hits[i] is null until query i has its first collision: the rows are nullable.
    private final /*@ spec_public nullable @*/ int[][] hits;
    private final /*@ spec_public @*/ int[] sizes;
    private long stored;

    /*@ public invariant hits != null && hits.length == sizes.length;
      @*/

    /*@ public normal_behavior
      @ requires queries >= 0 && keyCount >= 0;
      @ ensures this.keyCount == keyCount && this.hits.length == queries;
      @ assignable \nothing;
      @*/
    WeightCollector(int queries, int keyCount) {
        this.keyCount = keyCount;
        this.hits = new int[queries][];
        this.sizes = new int[queries];
        this.stored = 0;
    }

    /** Records that query i met bucket {@code bucket} of {@code table}. */
    void add(int query, BucketTable table, int bucket) {
        TupleGroups groups = table.groups();
        int count = groups.count(bucket);
        reserve(query, count);
        int start = groups.start(bucket);
        /*@ loop_invariant 0 <= p && p <= count;
          @ decreases count - p;
          @ assignable hits[query][*];
          @*/
        for (int p = 0; p < count; p++) {
            hits[query][sizes[query] + p] = groups.at(start + p);
        }
        sizes[query] += count;
    }

    /** Makes room for {@code extra} more collisions of query i (doubling, as a list would). */
    private void reserve(int query, int extra) {
        stored += extra;
        Require.fitsInMemory("the implied weights (" + stored + " collisions so far)",
                8L * stored);
        int needed = sizes[query] + extra;
        if (needed < 0 || needed > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("query " + query + " has more than "
                    + (Integer.MAX_VALUE - 8) + " collisions; the implied weights do not fit");
        }
        int capacity = hits[query] == null ? 0 : hits[query].length;
        if (needed > capacity) {
            long grown = Math.max((long) needed, 2L * capacity);
            int size = (int) Math.min(grown, (long) Integer.MAX_VALUE - 8);
            int[] bigger = new int[size];
            if (capacity > 0) {
                System.arraycopy(hits[query], 0, bigger, 0, sizes[query]);
            }
            hits[query] = bigger;
        }
    }

    /** The weights: per query, the distinct keys (increasing) with their collision counts. */
    SparseWeights finish() {
        int queries = hits.length;
        int[][] keys = new int[queries][];
        int[][] counts = new int[queries][];
        long[] totals = new long[queries];
        /*@ loop_invariant 0 <= i && i <= queries;
          @ decreases queries - i;
          @ assignable keys[*], counts[*], totals[*];
          @*/
        for (int i = 0; i < queries; i++) {
            long[] row = new long[sizes[i]];
            /*@ loop_invariant 0 <= p && p <= row.length;
              @ decreases row.length - p;
              @ assignable row[*];
              @*/
            for (int p = 0; p < row.length; p++) {
                row[p] = hits[i][p];
            }
            TupleGroups distinct = TupleGroups.build(row, 1, row.length);
            int groups = distinct.groups();
            keys[i] = new int[groups];
            counts[i] = collisionCounts(distinct, row.length);
            /*@ loop_invariant 0 <= g && g <= groups;
              @ decreases groups - g;
              @ assignable keys[i][*];
              @*/
            for (int g = 0; g < groups; g++) {
                keys[i][g] = (int) row[distinct.at(distinct.start(g))];
            }
            totals[i] = row.length;
        }
        return new SparseWeights(keyCount, keys, counts, totals);
    }

    /*@ private normal_behavior
      @ requires distinct != null && \invariant_for(distinct);
      @ requires distinct.order.length == total;
      @ ensures \result.length == distinct.bounds.length - 1;
      @ ensures (\forall int g; 0 <= g && g < \result.length; \result[g] >= 1);
      @ ensures (\sum int g; 0 <= g && g < \result.length; \result[g]) == total;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * The counts c_ij of one query: the run lengths of its sorted collision list (one run per
     * distinct key j). Each is at least 1 and they sum to C_i = {@code total}, the number of
     * collisions the query recorded.
     */
    private static int[] collisionCounts(TupleGroups distinct, long total) {
        return distinct.counts();
    }
}
