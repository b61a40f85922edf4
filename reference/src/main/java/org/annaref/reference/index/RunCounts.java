package org.annaref.reference.index;

/**
 * Lemmas (no run-time effect) behind the table-construction claim "each bucket's count is the
 * number of keys with its key": for an exact run [start, end) of a permutation {@code order}
 * of 0..n-1 (the model predicate {@link TupleGroups}{@code .isRun}), end - start equals the
 * number of tuple indices i in [0, n) whose tuple equals the run's first tuple.
 *
 * <p>The proof goes in two steps. Over positions: inside the run every position holds the
 * tuple, before and after it none does ({@link #runMembers}, {@link #outsideRun},
 * {@link #positionsOfRun}). From positions to indices: counting over order[0..n-1] counts
 * over 0..n-1, because order is a permutation ({@link #countOverPermutation}; KeY's rule that
 * two sums over sequences that are permutations of each other are equal). Both steps need a
 * rule KeY's automatic mode does not apply by itself, so their proofs begin with a proof
 * script (proofs/contracts/scripts/).
 */
final class RunCounts {
    private RunCounts() {
    }

    // sameTuple(keys, width, i, j): tuples i and j of keys (width words each) are equal.
    /*@ public model_behaviour
      @ accessible keys[*];
      @ static model boolean sameTuple(long[] keys, int width, int i, int j) {
      @     return (\forall int t; 0 <= t && t < width;
      @                keys[i * width + t] == keys[j * width + t]);
      @ }
      @*/

    // keyCounts(keys, width, order, bounds, runs): the length of each run h < runs is the
    // number of tuple indices in [0, order.length) whose tuple is the run's first tuple.
    /*@ public model_behaviour
      @ accessible keys[*], order[*], bounds[0 .. runs];
      @ static model boolean keyCounts(long[] keys, int width, int[] order, int[] bounds,
      @         \bigint runs) {
      @     return (\forall int h; 0 <= h && h < runs;
      @                bounds[h + 1] - bounds[h] == (\num_of int i; 0 <= i && i < order.length;
      @                    sameTuple(keys, width, i, order[bounds[h]])));
      @ }
      @*/

    /*@ normal_behavior
      @ requires keys != null && order != null && bounds != null && width >= 1;
      @ requires 0 <= runs && runs < bounds.length;
      @ requires TupleGroups.areRuns(keys, width, order, bounds, runs);
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             0 <= order[p] && order[p] < order.length);
      @ requires (\forall int p, q; 0 <= p && p < q && q < order.length; order[p] != order[q]);
      @ ensures keyCounts(keys, width, order, bounds, runs);
      @ assignable \strictly_nothing;
      @*/
    /** Every run's count, run after run ({@link #bucketCount}); O(runs) empty calls. */
    static void allBucketCounts(long[] keys, int width, int[] order, int[] bounds, int runs) {
        TupleGroups.areRunsMeans(keys, width, order, bounds, runs);
        /*@ loop_invariant 0 <= g && g <= runs;
          @ loop_invariant (\forall int h; 0 <= h && h < g;
          @     bounds[h + 1] - bounds[h] == (\num_of int i; 0 <= i && i < order.length;
          @         sameTuple(keys, width, i, order[bounds[h]])));
          @ decreases runs - g;
          @ assignable \strictly_nothing;
          @*/
        for (int g = 0; g < runs; g++) {
            bucketCount(keys, width, order, bounds, g);
        }
        keyCountsMeans(keys, width, order, bounds, runs);
    }

    /*@ normal_behavior
      @ ensures keyCounts(keys, width, order, bounds, runs)
      @     <==> (\forall int h; 0 <= h && h < runs;
      @              bounds[h + 1] - bounds[h] == (\num_of int i; 0 <= i && i < order.length;
      @                  sameTuple(keys, width, i, order[bounds[h]])));
      @ assignable \strictly_nothing;
      @*/
    /** The definition of {@code keyCounts}, for allBucketCounts' proof (class axioms off). */
    static void keyCountsMeans(long[] keys, int width, int[] order, int[] bounds, int runs) {
    }

    /*@ normal_behavior
      @ requires keys != null && order != null && bounds != null && width >= 1;
      @ requires 0 <= g && g < bounds.length - 1;
      @ requires TupleGroups.isRun(keys, width, order, bounds[g], bounds[g + 1]);
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             0 <= order[p] && order[p] < order.length);
      @ requires (\forall int p, q; 0 <= p && p < q && q < order.length; order[p] != order[q]);
      @ ensures bounds[g + 1] - bounds[g] == (\num_of int i; 0 <= i && i < order.length;
      @     sameTuple(keys, width, i, order[bounds[g]]));
      @ assignable \strictly_nothing;
      @*/
    /**
     * Run g's count: over positions, then over indices. (It takes the run's index, not its
     * bounds, so that the loop in allBucketCounts passes no array element as an int argument:
     * under overflow checking that needs the element's range, which isRun states here.)
     */
    static void bucketCount(long[] keys, int width, int[] order, int[] bounds, int g) {
        positionsOfRun(keys, width, order, bounds[g], bounds[g + 1]);
        countOverPermutation(keys, width, order, order[bounds[g]]);
    }

    /*@ normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires TupleGroups.isRun(keys, width, order, start, end);
      @ ensures (\num_of int p; 0 <= p && p < order.length;
      @     sameTuple(keys, width, order[p], order[start])) == end - start;
      @ assignable \strictly_nothing;
      @*/
    /** The positions holding the run's tuple are exactly the run's: end - start of them. */
    static void positionsOfRun(long[] keys, int width, int[] order, int start, int end) {
        outsideRun(keys, width, order, start, end);
        runMembers(keys, width, order, start, end);
    }

    /*@ normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires TupleGroups.isRun(keys, width, order, start, end);
      @ ensures (\num_of int p; 0 <= p && p < start;
      @     sameTuple(keys, width, order[p], order[start])) == 0;
      @ ensures (\num_of int p; end <= p && p < order.length;
      @     sameTuple(keys, width, order[p], order[start])) == 0;
      @ assignable \strictly_nothing;
      @*/
    /** No position before or after the run holds its tuple. */
    static void outsideRun(long[] keys, int width, int[] order, int start, int end) {
    }

    /*@ normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires TupleGroups.isRun(keys, width, order, start, end);
      @ ensures (\num_of int p; start <= p && p < end;
      @     sameTuple(keys, width, order[p], order[start])) == end - start;
      @ assignable \strictly_nothing;
      @*/
    /** Every position inside the run holds its tuple (KeY: bsum_lower_bound, by script). */
    static void runMembers(long[] keys, int width, int[] order, int start, int end) {
    }

    /*@ normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             0 <= order[p] && order[p] < order.length);
      @ requires (\forall int p, q; 0 <= p && p < q && q < order.length; order[p] != order[q]);
      @ ensures (\num_of int p; 0 <= p && p < order.length; sameTuple(keys, width, order[p], j))
      @     == (\num_of int i; 0 <= i && i < order.length; sameTuple(keys, width, i, j));
      @ assignable \strictly_nothing;
      @*/
    /**
     * Counting over a permutation: the positions p whose index order[p] satisfies the predicate
     * are as many as the indices that do (KeY: equal_bsum_perm1 with the permutation order,
     * by script).
     */
    static void countOverPermutation(long[] keys, int width, int[] order, int j) {
    }
}
