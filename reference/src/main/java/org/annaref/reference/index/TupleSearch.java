package org.annaref.reference.index;

/**
 * Binary search for the range of a sorted order whose tuples equal a probe.
 *
 * <p>The search narrows column by column: before column k, positions [lo, hi) hold exactly the
 * tuples that agree with the probe on columns 0..k-1. Lexicographic order makes column k
 * nondecreasing inside that range, so two scalar binary searches cut it down to the tuples that
 * also agree on column k. After the last column, [lo, hi) is exactly the run of tuples equal to
 * the probe: O(width log n) word comparisons.
 *
 * <p>Stating sortedness column-wise ("for p &lt; q, if the tuples at p and q agree before column
 * k, then column k at p is at most column k at q") keeps every fact the proof needs about
 * {@code long} comparisons, which KeY handles well.
 */
public final class TupleSearch {
    private TupleSearch() {
    }

    // Two preconditions below are restated equivalently for KeY: the range guard repeats
    // 0 <= p && p < order.length (implied by 0 <= lo and hi <= order.length), and sortedness
    // reads p <= q instead of p < q (the case p == q is keys[x] <= keys[x]). KeY's automation
    // instantiates a quantifier only when every guard literal is refuted by a fact in one
    // step; these forms let it use the facts at mid, and the caller's facts, without a split.
    // Preconditions restated as in lowerBound (equivalent forms, see there).
    /*@ public normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires 0 <= column && column < width;
      @ requires 0 <= lo && lo <= hi && hi <= order.length;
      @ requires (\forall int p; 0 <= p && p < order.length && lo <= p && p < hi;
      @             0 <= order[p] && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q; lo <= p && p <= q && q < hi;
      @             keys[order[p] * width + column] <= keys[order[q] * width + column]);
      @ ensures lo <= \result && \result <= hi;
      @ ensures (\forall int p; lo <= p && p < \result; keys[order[p] * width + column] < value);
      @ ensures (\forall int p; \result <= p && p < hi; keys[order[p] * width + column] >= value);
      @ assignable \strictly_nothing;
      @*/
    /** The first position in [lo, hi) whose column {@code column} is at least {@code value}. */
    public static int lowerBound(long[] keys, int width, int[] order, int column, int lo,
            int hi, long value) {
        int a = lo;
        int b = hi;
        /*@ loop_invariant lo <= a && a <= b && b <= hi;
          @ loop_invariant (\forall int p; lo <= p && p < a; keys[order[p] * width + column] < value);
          @ loop_invariant (\forall int p; b <= p && p < hi; keys[order[p] * width + column] >= value);
          @ decreases b - a;
          @ assignable \strictly_nothing;
          @*/
        while (a < b) {
            int mid = a + (b - a) / 2;
            //@ assert 0 <= mid && mid < order.length && lo <= mid && mid < hi;
            //@ assert order[mid] * width >= 0;
            if (keys[order[mid] * width + column] < value) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /*@ public normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires 0 <= column && column < width;
      @ requires 0 <= lo && lo <= hi && hi <= order.length;
      @ requires (\forall int p; 0 <= p && p < order.length && lo <= p && p < hi;
      @             0 <= order[p] && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q; lo <= p && p <= q && q < hi;
      @             keys[order[p] * width + column] <= keys[order[q] * width + column]);
      @ ensures lo <= \result && \result <= hi;
      @ ensures (\forall int p; lo <= p && p < \result; keys[order[p] * width + column] <= value);
      @ ensures (\forall int p; \result <= p && p < hi; keys[order[p] * width + column] > value);
      @ assignable \strictly_nothing;
      @*/
    /** The first position in [lo, hi) whose column {@code column} exceeds {@code value}. */
    public static int upperBound(long[] keys, int width, int[] order, int column, int lo,
            int hi, long value) {
        int a = lo;
        int b = hi;
        /*@ loop_invariant lo <= a && a <= b && b <= hi;
          @ loop_invariant (\forall int p; lo <= p && p < a; keys[order[p] * width + column] <= value);
          @ loop_invariant (\forall int p; b <= p && p < hi; keys[order[p] * width + column] > value);
          @ decreases b - a;
          @ assignable \strictly_nothing;
          @*/
        while (a < b) {
            int mid = a + (b - a) / 2;
            //@ assert 0 <= mid && mid < order.length && lo <= mid && mid < hi;
            //@ assert order[mid] * width >= 0;
            if (keys[order[mid] * width + column] <= value) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /*@ public normal_behavior
      @ requires keys != null && order != null && probe != null && width >= 1;
      @ requires 0 <= probeOffset && probeOffset + width <= probe.length;
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             0 <= order[p] && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q, k; 0 <= p && p < q && q < order.length && 0 <= k && k < width;
      @             (\forall int s; 0 <= s && s < k;
      @                 keys[order[p] * width + s] == keys[order[q] * width + s])
      @             ==> keys[order[p] * width + k] <= keys[order[q] * width + k]);
      @ ensures \result.length == 2 && 0 <= \result[0] && \result[0] <= \result[1];
      @ ensures \result[1] <= order.length;
      @ ensures (\forall int p; 0 <= p && p < order.length;
      @            (\result[0] <= p && p < \result[1])
      @            <==> (\forall int s; 0 <= s && s < width;
      @                     keys[order[p] * width + s] == probe[probeOffset + s]));
      @ ensures (\forall int p, s; \result[0] <= p && p < \result[1] && 0 <= s && s < width;
      @            keys[order[p] * width + s] == probe[probeOffset + s]);
      @ ensures (\forall int p; 0 <= p && p < \result[0];
      @            !(\forall int s; 0 <= s && s < width;
      @                keys[order[p] * width + s] == probe[probeOffset + s]));
      @ ensures (\forall int p; \result[1] <= p && p < order.length;
      @            !(\forall int s; 0 <= s && s < width;
      @                keys[order[p] * width + s] == probe[probeOffset + s]));
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * The positions [result[0], result[1]) of {@code order} whose tuples equal the probe
     * {@code probe[probeOffset .. probeOffset + width - 1]}; an empty range when none does.
     */
    public static int[] equalRange(long[] keys, int width, int[] order, long[] probe,
            int probeOffset) {
        int lo = 0;
        int hi = order.length;
        /*@ loop_invariant 0 <= k && k <= width;
          @ loop_invariant 0 <= lo && lo <= hi && hi <= order.length;
          @ loop_invariant (\forall int p, s; lo <= p && p < hi && 0 <= s && s < k;
          @                   keys[order[p] * width + s] == probe[probeOffset + s]);
          @ loop_invariant (\forall int p; 0 <= p && p < lo;
          @                   (\exists int s; 0 <= s && s < k && s < width;
          @                       keys[order[p] * width + s] != probe[probeOffset + s]));
          @ loop_invariant (\forall int p; hi <= p && p < order.length;
          @                   (\exists int s; 0 <= s && s < k && s < width;
          @                       keys[order[p] * width + s] != probe[probeOffset + s]));
          @ decreases width - k;
          @ assignable \strictly_nothing;
          @*/
        // No early exit when the range empties: both searches then return at once, and a
        // loop that always ends with k == width keeps the final step free of case splits.
        for (int k = 0; k < width; k++) {
            long value = probe[probeOffset + k];
            columnSorted(keys, width, order, probe, probeOffset, k, lo, hi);
            int first = lowerBound(keys, width, order, k, lo, hi, value);
            int last = upperBound(keys, width, order, k, first, hi, value);
            excludeBelow(keys, width, order, probe, probeOffset, k, lo, first, value);
            excludeAbove(keys, width, order, probe, probeOffset, k, last, hi, value);
            lo = first;
            hi = last;
        }
        rangeOfEqualTuples(keys, width, order, probe, probeOffset, lo, hi);
        int[] range = new int[] {lo, hi};
        return range;
    }

    /*@ private normal_behavior
      @ requires 0 <= lo && lo <= hi && hi <= order.length;
      @ requires (\forall int p, s; lo <= p && p < hi && 0 <= s && s < width;
      @             keys[order[p] * width + s] == probe[probeOffset + s]);
      @ requires (\forall int p; 0 <= p && p < lo;
      @             (\exists int s; 0 <= s && s < width;
      @                 keys[order[p] * width + s] != probe[probeOffset + s]));
      @ requires (\forall int p; hi <= p && p < order.length;
      @             (\exists int s; 0 <= s && s < width;
      @                 keys[order[p] * width + s] != probe[probeOffset + s]));
      @ ensures (\forall int p; 0 <= p && p < order.length;
      @            (lo <= p && p < hi)
      @            <==> (\forall int s; 0 <= s && s < width;
      @                     keys[order[p] * width + s] == probe[probeOffset + s]));
      @ ensures (\forall int p, s; lo <= p && p < hi && 0 <= s && s < width;
      @            keys[order[p] * width + s] == probe[probeOffset + s]);
      @ ensures (\forall int p; 0 <= p && p < lo;
      @            !(\forall int s; 0 <= s && s < width;
      @                keys[order[p] * width + s] == probe[probeOffset + s]));
      @ ensures (\forall int p; hi <= p && p < order.length;
      @            !(\forall int s; 0 <= s && s < width;
      @                keys[order[p] * width + s] == probe[probeOffset + s]));
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): the search's final state, [lo, hi) holding the tuples equal
     * to the probe and every tuple outside it differing in some column, gives equalRange's
     * postcondition (the one-directional forms callers use without a case split, and the
     * equivalence). A separate proof obligation: proven inside equalRange, next to the
     * lexicographic-order precondition and the loop's facts, it took nine tenths of that
     * proof's time.
     */
    private static void rangeOfEqualTuples(long[] keys, int width, int[] order, long[] probe,
            int probeOffset, int lo, int hi) {
    }

    /*@ private normal_behavior
      @ requires 0 <= column && column < width && 0 <= lo && lo <= first;
      @ requires value == probe[probeOffset + column];
      @ requires (\forall int p; 0 <= p && p < lo;
      @             (\exists int s; 0 <= s && s < column && s < width;
      @                 keys[order[p] * width + s] != probe[probeOffset + s]));
      @ requires (\forall int p; lo <= p && p < first; keys[order[p] * width + column] < value);
      @ ensures (\forall int p; 0 <= p && p < first;
      @             (\exists int s; 0 <= s && s < column + 1 && s < width;
      @                 keys[order[p] * width + s] != probe[probeOffset + s]));
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): positions below the range stay excluded after column
     * {@code column} moves the range start from {@code lo} to {@code first}. A separate proof
     * obligation, since it needs one case split (below {@code lo} or not).
     */
    private static void excludeBelow(long[] keys, int width, int[] order, long[] probe,
            int probeOffset, int column, int lo, int first, long value) {
    }

    /*@ private normal_behavior
      @ requires 0 <= column && column < width && last <= hi;
      @ requires value == probe[probeOffset + column];
      @ requires (\forall int p; hi <= p && p < order.length;
      @             (\exists int s; 0 <= s && s < column && s < width;
      @                 keys[order[p] * width + s] != probe[probeOffset + s]));
      @ requires (\forall int p; last <= p && p < hi; keys[order[p] * width + column] > value);
      @ ensures (\forall int p; last <= p && p < order.length;
      @             (\exists int s; 0 <= s && s < column + 1 && s < width;
      @                 keys[order[p] * width + s] != probe[probeOffset + s]));
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): the mirror image of {@link #excludeBelow} above the range. */
    private static void excludeAbove(long[] keys, int width, int[] order, long[] probe,
            int probeOffset, int column, int last, int hi, long value) {
    }

    /*@ private normal_behavior
      @ requires 0 <= column && column < width;
      @ requires 0 <= lo && lo <= hi && hi <= order.length;
      @ requires (\forall int p, q, k; 0 <= p && p < q && q < order.length && 0 <= k && k < width;
      @             (\forall int s; 0 <= s && s < k;
      @                 keys[order[p] * width + s] == keys[order[q] * width + s])
      @             ==> keys[order[p] * width + k] <= keys[order[q] * width + k]);
      @ requires (\forall int p, s; lo <= p && p < hi && 0 <= s && s < column;
      @             keys[order[p] * width + s] == probe[probeOffset + s]);
      @ ensures (\forall int p, q; lo <= p && p <= q && q < hi;
      @             keys[order[p] * width + column] <= keys[order[q] * width + column]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): inside a range whose tuples all agree with the probe on
     * columns 0..column-1, lexicographic order makes column {@code column} nondecreasing. Kept
     * apart from {@link #equalRange} so that its proof (one case analysis on the first
     * differing column) runs on a small sequent.
     */
    private static void columnSorted(long[] keys, int width, int[] order, long[] probe,
            int probeOffset, int column, int lo, int hi) {
    }
}
