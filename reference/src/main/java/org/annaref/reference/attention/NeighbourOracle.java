package org.annaref.reference.attention;

import org.annaref.spec.AnnaParams;
import org.annaref.spec.Distances;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * The brute-force oracle: for every query, the keys within r (the near set N(q_i, r)) and
 * within c r (the candidates N(q_i, cr)), by computing all n x N distances with
 * {@link Distances#euclidean}. O(n N m) time; the test oracle of the contract checks.
 */
public final class NeighbourOracle {
    private final /*@ spec_public @*/ int[][] near;
    private final /*@ spec_public @*/ int[][] candidates;

    /*@ public invariant near.length == candidates.length;
      @*/

    private NeighbourOracle(int[][] near, int[][] candidates) {
        this.near = near;
        this.candidates = candidates;
    }

    /*@ public normal_behavior
      @ requires q != null && k != null && params != null && q.cols == k.cols;
      @ ensures \result.near.length == q.rows;
      @*/
    /** Lists, per query of {@code q}, the keys of {@code k} within r and within c r. */
    public static NeighbourOracle build(Matrix q, Matrix k, AnnaParams params) {
        Require.notNull("Q", q);
        Require.notNull("K", k);
        Require.notNull("ANNA parameters", params);
        q.requireSameCols(k);
        int[][] near = new int[q.rows()][];
        int[][] candidates = new int[q.rows()][];
        /*@ loop_invariant 0 <= i && i <= q.rows;
          @ decreases q.rows - i;
          @ assignable near[*], candidates[*];
          @*/
        for (int i = 0; i < q.rows(); i++) {
            double[] distances = Distances.fromQuery(q, i, k);
            near[i] = within(distances, params.r());
            candidates[i] = within(distances, params.cr());
        }
        return new NeighbourOracle(near, candidates);
    }

    /*@ public normal_behavior
      @ requires distances != null;
      @ ensures (\forall int p; 0 <= p && p < \result.length;
      @            0 <= \result[p] && \result[p] < distances.length);
      @ ensures \fresh(\result);
      @*/
    /** The indices j with {@code distances[j] <= radius}, increasing. */
    public static int[] within(double[] distances, double radius) {
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
        int[] out = new int[count];
        int p = 0;
        /*@ loop_invariant 0 <= k && k <= distances.length && 0 <= p && p <= count;
          @ loop_invariant (\forall int s; 0 <= s && s < p; 0 <= out[s] && out[s] < k);
          @ decreases distances.length - k;
          @ assignable out[*];
          @*/
        for (int k = 0; k < distances.length && p < count; k++) {
            if (distances[k] <= radius) {
                out[p] = k;
                p++;
            }
        }
        return out;
    }

    /*@ public normal_behavior
      @ ensures \result == near.length;
      @ assignable \strictly_nothing;
      @*/
    /** Number of queries. */
    public int queries() {
        return near.length;
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < near.length;
      @ ensures \result.length == near[i].length;
      @ ensures (\forall int p; 0 <= p && p < \result.length; \result[p] == near[i][p]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The keys within r of query i (increasing; a copy). */
    public int[] near(int i) {
        return (int[]) near[i].clone();
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < candidates.length;
      @ ensures \result.length == candidates[i].length;
      @ ensures (\forall int p; 0 <= p && p < \result.length; \result[p] == candidates[i][p]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The keys within c r of query i (increasing; a copy). */
    public int[] candidates(int i) {
        return (int[]) candidates[i].clone();
    }
}
