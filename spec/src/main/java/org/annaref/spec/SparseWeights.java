package org.annaref.spec;

/**
 * The weights an LSH run implies, in exact integer form (MATH.md section 2): for query i the
 * keys j that collided with it in at least one table, with c_ij = the number of tables in which
 * they collided, and C_i = the sum of the c_ij. The real weight is w_ij = c_ij / C_i
 * (all zero when C_i = 0).
 *
 * <p>Keys of a row are strictly increasing; every count is at least 1.
 */
public final class SparseWeights {
    private final /*@ spec_public @*/ int keyCount;
    private final /*@ spec_public @*/ int[][] keys;
    private final /*@ spec_public @*/ int[][] counts;
    private final /*@ spec_public @*/ long[] totals;

    /*@ public invariant keyCount >= 0;
      @ public invariant keys.length == counts.length && keys.length == totals.length;
      @ public invariant (\forall int i; 0 <= i && i < keys.length;
      @             keys[i] != null && counts[i] != null && keys[i].length == counts[i].length);
      @*/

    /*@ public normal_behavior
      @ requires keys != null && counts != null && totals != null;
      @ requires keys.length == counts.length && keys.length == totals.length;
      @ requires (\forall int i; 0 <= i && i < keys.length;
      @             keys[i] != null && counts[i] != null && keys[i].length == counts[i].length);
      @ requires keyCount >= 0;
      @ ensures this.keyCount == keyCount && this.keys == keys && this.counts == counts;
      @ ensures this.totals == totals;
      @*/
    /**
     * Holds per-query rows; the arrays are taken, not copied (the reference builds them once
     * and hands them over). Rows are validated by {@link AnnaRowContract#checkCounts}.
     */
    public SparseWeights(int keyCount, int[][] keys, int[][] counts, long[] totals) {
        Require.nonNegative("key count", keyCount);
        if (keys.length != counts.length || keys.length != totals.length) {
            throw new IllegalArgumentException("sparse weights: " + keys.length + " key rows, "
                    + counts.length + " count rows and " + totals.length + " totals must agree");
        }
        /*@ loop_invariant 0 <= i && i <= keys.length;
          @ decreases keys.length - i;
          @ assignable \strictly_nothing;
          @*/
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null || counts[i] == null || keys[i].length != counts[i].length) {
                throw new IllegalArgumentException("sparse weights: row " + i + " needs as many"
                        + " counts as keys");
            }
        }
        this.keyCount = keyCount;
        this.keys = keys;
        this.counts = counts;
        this.totals = totals;
    }

    /*@ public normal_behavior
      @ ensures \result == keys.length;
      @ assignable \strictly_nothing;
      @*/
    /** Number of queries (rows). */
    public int queries() {
        return keys.length;
    }

    /*@ public normal_behavior
      @ ensures \result == keyCount;
      @ assignable \strictly_nothing;
      @*/
    /** Number of keys N the indices refer to. */
    public int keyCount() {
        return keyCount;
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < keys.length;
      @ ensures \result.length == keys[i].length;
      @ ensures (\forall int p; 0 <= p && p < \result.length; \result[p] == keys[i][p]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The keys of row i, strictly increasing (a copy). */
    public int[] keys(int i) {
        int[] row = keys[i];
        int[] copy = new int[row.length];
        System.arraycopy(row, 0, copy, 0, row.length);
        return copy;
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < counts.length;
      @ ensures \result.length == counts[i].length;
      @ ensures (\forall int p; 0 <= p && p < \result.length; \result[p] == counts[i][p]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The counts c_ij of row i, aligned with {@link #keys(int)} (a copy). */
    public int[] counts(int i) {
        int[] row = counts[i];
        int[] copy = new int[row.length];
        System.arraycopy(row, 0, copy, 0, row.length);
        return copy;
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < totals.length;
      @ ensures \result == totals[i];
      @ assignable \strictly_nothing;
      @*/
    /** C_i, the total of row i's counts. */
    public long total(int i) {
        return totals[i];
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < keys.length;
      @ ensures \result == 0 || (\exists int p; 0 <= p && p < keys[i].length;
      @                           keys[i][p] == j && counts[i][p] == \result);
      @ ensures (\forall int p, q; 0 <= p && p < q && q < keys[i].length;
      @             keys[i][p] < keys[i][q])
      @     ==> (\forall int s; 0 <= s && s < keys[i].length;
      @              keys[i][s] == j ==> \result == counts[i][s]);
      @ assignable \strictly_nothing;
      @*/
    /** c_ij for one key (0 if key j did not collide with query i). */
    public int count(int i, int j) {
        int[] row = keys[i];
        int lo = firstNotBelow(row, j);
        // Lemma call (no run-time effect): in a strictly increasing row, lo splits it at j.
        splitsAt(row, j, lo);
        return lo < row.length && row[lo] == j ? counts[i][lo] : 0;
    }

    /*@ private normal_behavior
      @ requires row != null && 0 <= lo && lo <= row.length;
      @ requires lo == 0 || row[lo - 1] < j;
      @ requires lo == row.length || j <= row[lo];
      @ ensures (\forall int p, q; 0 <= p && p < q && q < row.length; row[p] < row[q])
      @     ==> (\forall int s; 0 <= s && s < lo; row[s] < j)
      @         && (\forall int s; lo <= s && s < row.length; j <= row[s]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): where the binary search stops, a strictly increasing row
     * has its keys below j before lo and the others from lo on.
     */
    private static void splitsAt(int[] row, int j, int lo) {
    }

    /*@ private normal_behavior
      @ requires row != null;
      @ ensures 0 <= \result && \result <= row.length;
      @ ensures \result == 0 || row[\result - 1] < j;
      @ ensures \result == row.length || j <= row[\result];
      @ assignable \strictly_nothing;
      @*/
    /**
     * Binary search: a position p with row[p - 1] &lt; j &lt;= row[p] (where those exist); in a
     * strictly increasing row, the first position whose key is at least j. The contract asks
     * nothing of the order, so its proof has no quantifier; {@link #count} applies the order
     * (inside the loop, the conditional sortedness made its proof several times longer).
     */
    private static int firstNotBelow(int[] row, int j) {
        int lo = 0;
        int hi = row.length;
        /*@ loop_invariant 0 <= lo && lo <= hi && hi <= row.length;
          @ loop_invariant lo == 0 || row[lo - 1] < j;
          @ loop_invariant hi == row.length || j <= row[hi];
          @ decreases hi - lo;
          @ assignable \strictly_nothing;
          @*/
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (row[mid] < j) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < keys.length;
      @ requires keys[i].length <= counts[i].length;
      @ ensures totals[i] == 0 ==> \result == 0;
      @ assignable \strictly_nothing;
      @*/
    /** The real weight w_ij = c_ij / C_i (0 when C_i = 0). */
    public double weight(int i, int j) {
        long total = totals[i];
        return total == 0 ? 0.0 : (double) count(i, j) / (double) total;
    }
}
