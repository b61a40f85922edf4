package org.annaref.spec;

import org.annaref.bridge.JdkMath;

/**
 * The ANNA row contract of MATH.md section 1, as executable predicates.
 *
 * <p>For query i with weights w_ij over the N keys:
 * <ol>
 * <li>w_ij &gt;= 0 and sum_j w_ij is 0 or 1;</li>
 * <li>w_ij &gt; 0 implies ||k_j - q_i|| &lt;= c r;</li>
 * <li>||k_j - q_i|| &lt;= r implies w_ij &gt;= tau_i = 1 / ((|N(q_i, cr)| - 1) l + 1), with
 * N(q_i, cr) the keys within c r and l the number of hash tables.</li>
 * </ol>
 * Reading: a row of zeros is allowed exactly when no key lies within r (condition 3 forces a
 * positive weight otherwise). Distances follow {@link Distances}.
 *
 * <p>Two forms: {@link #checkCounts} judges the exact integer weights c_ij / C_i an LSH run
 * implies ({@link SparseWeights}) with no tolerance at all; {@link #checkWeights} judges real
 * weights from an outside implementation with an explicit tolerance.
 */
public final class AnnaRowContract {
    private AnnaRowContract() {
    }

    /*@ public normal_behavior
      @ requires candidates >= 1 && tables >= 1;
      @ ensures \result > 0;
      @*/
    /** tau = 1 / ((candidates - 1) * tables + 1), the least weight a near key may get. */
    public static double tau(int candidates, int tables) {
        Require.atLeastOne("candidates |N(q, cr)|", candidates);
        Require.atLeastOne("tables (l)", tables);
        return 1.0 / ((double) ((long) (candidates - 1) * tables + 1));
    }

    /*@ public normal_behavior
      @ requires distances != null;
      @ ensures 0 <= \result && \result <= distances.length;
      @ assignable \strictly_nothing;
      @*/
    /** |N(q, radius)|: how many of {@code distances} are at most {@code radius}. */
    public static int countWithin(double[] distances, double radius) {
        int count = 0;
        /*@ loop_invariant 0 <= j && j <= distances.length && 0 <= count && count <= j;
          @ decreases distances.length - j;
          @ assignable \strictly_nothing;
          @*/
        for (int j = 0; j < distances.length; j++) {
            if (distances[j] <= radius) {
                count++;
            }
        }
        return count;
    }

    /*@ public normal_behavior
      @ requires distances != null && tables >= 1;
      @ ensures \result > 0;
      @*/
    /**
     * tau_i for a row, from its key distances: {@link #tau} of the number of keys within
     * {@code cr}; 1.0 when no key is within cr (then no key is within r and tau is never used).
     */
    public static double tauForRow(double[] distances, double cr, int tables) {
        int candidates = countWithin(distances, cr);
        return candidates == 0 ? 1.0 : tau(candidates, tables);
    }

    /*@ public normal_behavior
      @ requires keys != null && counts != null && distances != null;
      @ requires tables >= 1;
      @ ensures \result != null && \result.query == query;
      @*/
    /**
     * Checks query {@code query}'s exact weights c_ij / C_i: {@code keys} (strictly increasing
     * key indices), {@code counts} (c_ij &gt;= 1, at most {@code tables}) and {@code total}
     * (C_i, their sum), against the key distances. Exact: no tolerance.
     */
    public static RowVerdict checkCounts(int query, int[] keys, int[] counts, long total,
            double[] distances, double r, double cr, int tables) {
        RowVerdict malformed = checkWellFormed(query, keys, counts, total, distances.length,
                tables);
        if (malformed != null) {
            return malformed;
        }
        /*@ loop_invariant 0 <= listed && listed <= keys.length;
          @ decreases keys.length - listed;
          @ assignable \strictly_nothing;
          @*/
        for (int listed = 0; listed < keys.length; listed++) {
            int key = keys[listed];
            if (!(distances[key] <= cr)) {
                return RowVerdict.violation(query, RowVerdict.WEIGHT_BEYOND_CR, key,
                        distances[key], (double) counts[listed] / (double) total, 0.0);
            }
        }
        int candidates = countWithin(distances, cr);
        int p = 0;
        /*@ loop_invariant 0 <= j && j <= distances.length && 0 <= p && p <= keys.length;
          @ decreases distances.length - j;
          @ assignable \strictly_nothing;
          @*/
        for (int j = 0; j < distances.length; j++) {
            /*@ loop_invariant 0 <= p && p <= keys.length;
              @ decreases keys.length - p;
              @ assignable \strictly_nothing;
              @*/
            while (p < keys.length && keys[p] < j) {
                p++;
            }
            if (distances[j] <= r) {
                int count = p < keys.length && keys[p] == j ? counts[p] : 0;
                if (count == 0 || !WeightBound.meetsBound(count, total, candidates, tables)) {
                    double weight = total == 0 ? 0.0 : (double) count / (double) total;
                    return RowVerdict.violation(query, RowVerdict.NEAR_KEY_UNDERWEIGHT, j,
                            distances[j], weight, tau(candidates, tables));
                }
            }
        }
        return RowVerdict.valid(query);
    }

    /** Structure of an integer row: a violation, or null when well formed. */
    private static /*@ nullable @*/ RowVerdict checkWellFormed(int query, int[] keys,
            int[] counts, long total, int keyCount, int tables) {
        if (keys.length != counts.length) {
            return RowVerdict.violation(query, RowVerdict.MALFORMED_WEIGHTS, -1, 0.0,
                    counts.length, keys.length);
        }
        long sum = 0;
        /*@ loop_invariant 0 <= p && p <= keys.length;
          @ decreases keys.length - p;
          @ assignable \strictly_nothing;
          @*/
        for (int p = 0; p < keys.length; p++) {
            boolean inRange = 0 <= keys[p] && keys[p] < keyCount;
            boolean increasing = p == 0 || keys[p - 1] < keys[p];
            if (!inRange || !increasing || counts[p] < 1 || counts[p] > tables) {
                return RowVerdict.violation(query, RowVerdict.MALFORMED_WEIGHTS, keys[p], 0.0,
                        counts[p], tables);
            }
            sum += counts[p];
        }
        if (sum != total) {
            return RowVerdict.violation(query, RowVerdict.MALFORMED_WEIGHTS, -1, 0.0, total,
                    sum);
        }
        return null;
    }

    /*@ public normal_behavior
      @ requires weights != null && distances != null && weights.length == distances.length;
      @ requires tolerance >= 0;
      @ ensures \result != null && \result.query == query;
      @*/
    /**
     * Checks query {@code query}'s real weights (one per key) with an absolute
     * {@code tolerance}: a weight is "negative" below -tolerance, "positive" above tolerance;
     * the sum must be within tolerance of 0 or of 1; a key within r needs at least
     * {@code tau - tolerance}.
     */
    public static RowVerdict checkWeights(int query, double[] weights, double[] distances,
            double r, double cr, double tau, double tolerance) {
        double sum = 0.0;
        /*@ loop_invariant 0 <= j && j <= weights.length;
          @ decreases weights.length - j;
          @ assignable \strictly_nothing;
          @*/
        for (int j = 0; j < weights.length; j++) {
            double w = weights[j];
            if (!JdkMath.isFinite(w)) {
                return RowVerdict.violation(query, RowVerdict.NOT_FINITE, j, distances[j], w,
                        0.0);
            }
            if (w < -tolerance) {
                return RowVerdict.violation(query, RowVerdict.NEGATIVE_WEIGHT, j,
                        distances[j], w, 0.0);
            }
            if (w > tolerance && !(distances[j] <= cr)) {
                return RowVerdict.violation(query, RowVerdict.WEIGHT_BEYOND_CR, j,
                        distances[j], w, 0.0);
            }
            if (distances[j] <= r && w < tau - tolerance) {
                return RowVerdict.violation(query, RowVerdict.NEAR_KEY_UNDERWEIGHT, j,
                        distances[j], w, tau);
            }
            sum += w;
        }
        if (Math.abs(sum) > tolerance && Math.abs(sum - 1.0) > tolerance) {
            return RowVerdict.violation(query, RowVerdict.BAD_SUM, -1, 0.0, sum, 1.0);
        }
        return RowVerdict.valid(query);
    }
}
