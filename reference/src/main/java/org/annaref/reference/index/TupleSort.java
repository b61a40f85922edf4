package org.annaref.reference.index;

/**
 * A stable bottom-up merge sort of tuple indices: the permutation that lists tuples in
 * lexicographic order and, among equal tuples, by increasing index. O(n log n) comparisons of
 * at most {@code width} words each.
 *
 * <p>Stability is what makes bucket sums reproducible: the members of a bucket appear in
 * increasing key index, and the reference sums them in that order.
 */
public final class TupleSort {
    private TupleSort() {
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1 && n >= 0 && (\bigint) n * width <= keys.length;
      @ ensures \result.length == n;
      @ ensures (\forall int p; 0 <= p && p < n; 0 <= \result[p] && \result[p] < n);
      @ ensures (\forall int p; 0 <= p && p < n - 1;
      @            Tuples.compare(keys, width, \result[p], \result[p + 1]) < 0
      @         || (Tuples.compare(keys, width, \result[p], \result[p + 1]) == 0
      @             && \result[p] < \result[p + 1]));
      @ ensures (\forall int p, q; 0 <= p && p < q && q < n; \result[p] != \result[q]);
      @ ensures (\forall int p, q, k; 0 <= p && p < q && q < n && 0 <= k && k < width;
      @            (\forall int s; 0 <= s && s < k;
      @                keys[\result[p] * width + s] == keys[\result[q] * width + s])
      @            ==> keys[\result[p] * width + k] <= keys[\result[q] * width + k]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * The sorted order of tuples 0..n-1 (lexicographic, ties by index). The result is a
     * permutation of 0..n-1 (n distinct indices in [0, n)), sorted both as adjacent
     * comparisons and column-wise over all pairs (the form {@link TupleSearch#equalRange}
     * needs: for p &lt; q, if the tuples at p and q agree before column k, column k at p is at
     * most column k at q).
     */
    public static int[] sort(long[] keys, int width, int n) {
        int[] order = new int[n];
        /*@ loop_invariant 0 <= i && i <= n;
          @ loop_invariant (\forall int p; 0 <= p && p < i; order[p] == p);
          @ decreases n - i;
          @ assignable order[*];
          @*/
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        int run = 1;
        /*@ loop_invariant run >= 1 && order.length == n && buffer.length == n;
          @ decreases n - run;
          @ assignable order, buffer, order[*], buffer[*];
          @*/
        while (run < n) {
            mergePass(keys, width, order, buffer, run);
            int[] swap = order;
            order = buffer;
            buffer = swap;
            // The next pass merges runs of 2 run; stop once one run covers all n (2 run >= n).
            run = run < n - run ? 2 * run : n;
        }
        return order;
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1 && from != null && to != null;
      @ requires from.length == to.length && run >= 1 && from != to;
      @ requires (\forall int p; 0 <= p && p < from.length;
      @             0 <= from[p] && (from[p] + 1) * width <= keys.length);
      @ assignable to[*];
      @*/
    /** Merges adjacent sorted runs of length {@code run} of {@code from} into {@code to}. */
    private static void mergePass(long[] keys, int width, int[] from, int[] to, int run) {
        int n = from.length;
        int start = 0;
        /*@ loop_invariant 0 <= start && start <= n;
          @ decreases n - start;
          @ assignable to[*];
          @*/
        while (start < n) {
            int mid = run < n - start ? start + run : n;
            int end = run < n - mid ? mid + run : n;
            merge(keys, width, from, to, start, mid, end);
            start = end;
        }
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1 && from != null && to != null;
      @ requires from.length == to.length && from != to;
      @ requires 0 <= start && start <= mid && mid <= end && end <= from.length;
      @ requires (\forall int p; 0 <= p && p < from.length;
      @             0 <= from[p] && (from[p] + 1) * width <= keys.length);
      @ assignable to[start .. end - 1];
      @*/
    /** Merges from[start..mid) and from[mid..end) into to[start..end); left wins ties. */
    private static void merge(long[] keys, int width, int[] from, int[] to, int start,
            int mid, int end) {
        int left = start;
        int right = mid;
        /*@ loop_invariant start <= out && out <= end;
          @ loop_invariant start <= left && left <= mid && mid <= right && right <= end;
          @ loop_invariant out == start + (left - start) + (right - mid);
          @ decreases end - out;
          @ assignable to[start .. end - 1];
          @*/
        for (int out = start; out < end; out++) {
            boolean takeLeft = right >= end
                    || (left < mid && Tuples.compare(keys, width, from[left], from[right]) <= 0);
            if (takeLeft) {
                to[out] = from[left];
                left++;
            } else {
                to[out] = from[right];
                right++;
            }
        }
    }
}
