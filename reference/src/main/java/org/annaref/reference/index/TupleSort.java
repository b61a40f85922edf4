package org.annaref.reference.index;

/**
 * A stable top-down merge sort of tuple indices: the permutation that lists tuples in
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
      @ ensures (\forall int p; 0 <= p && p < n;
      @            0 <= \result[p] && \result[p] < n && (\result[p] + 1) * width <= keys.length);
      @ ensures (\forall int p; 0 <= p && p < n - 1;
      @            Tuples.compare(keys, width, \result[p], \result[p + 1]) < 0
      @         || (Tuples.compare(keys, width, \result[p], \result[p + 1]) == 0
      @             && \result[p] < \result[p + 1]));
      @ ensures (\forall int p, q; 0 <= p && p < q && q < n; \result[p] != \result[q]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ also public normal_behavior
      @ requires keys != null && width >= 1 && n >= 0 && (\bigint) n * width <= keys.length;
      @ ensures \result.length == n;
      @ ensures (\forall int p, q, k; 0 <= p && p < q && q < n && 0 <= k && k < width;
      @            (\forall int s; 0 <= s && s < k;
      @                keys[\result[p] * width + s] == keys[\result[q] * width + s])
      @            ==> keys[\result[p] * width + k] <= keys[\result[q] * width + k]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * The sorted order of tuples 0..n-1 (lexicographic, ties by index). First case: the result
     * is a permutation of 0..n-1 (n distinct indices in [0, n)) whose adjacent pairs are
     * ordered by {@link Tuples#compare}, then by index. Second case: the same order,
     * column-wise over all pairs (the form {@link TupleSearch#equalRange} needs: for p &lt; q,
     * if the tuples at p and q agree before column k, column k at p is at most column k at q).
     * Both follow from the fact that all pairs are in the stable order: the first through the
     * lemma finalForm, the second through the lemma columnForm, whose postcondition is that
     * clause verbatim. KeY normalizes that clause differently as a hypothesis and as the goal
     * (the guard's conjunction grouped otherwise), so the second case's proof reads columnForm's
     * postcondition as the goal with a proof script (proofs/contracts/scripts/sortColumns.script).
     */
    public static int[] sort(long[] keys, int width, int n) {
        int[] order = stableOrder(keys, width, n);
        // Lemma calls for the proof (no run-time effect).
        finalForm(keys, width, order, n);
        columnForm(keys, width, order, n);
        return order;
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && n >= 0 && (\bigint) n * width <= keys.length;
      @ ensures \result.length == n;
      @ ensures (\forall int p; 0 <= p && p < n;
      @            0 <= \result[p] && \result[p] < n && (\result[p] + 1) * width <= keys.length);
      @ ensures (\forall int p, q; 0 <= p && p < q && q < n;
      @            before(keys, width, \result[p], \result[q]));
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * The merge-sorted order of tuples 0..n-1, with every pair in the stable order. A method
     * of its own so that {@link #sort}'s proof starts from one fresh array instead of the heap
     * the merge passes leave behind (with the scratch array, KeY's proof of sort took twice
     * the steps).
     */
    private static int[] stableOrder(long[] keys, int width, int n) {
        int[] order = new int[n];
        int[] buffer = new int[n];
        sortRange(keys, width, order, buffer, 0, n);
        // Lemma call for the proof: at run time n - 1 empty calls, nothing else.
        allPairs(keys, width, order, n);
        return order;
    }

    // The internal contracts state the stable order on tuple indices with one predicate,
    // before(keys, width, a, b): a's tuple is lexicographically smaller, or the tuples are
    // equal and a < b. The proofs of sort, stableOrder, sortRange, merge, allPairs, finalForm,
    // columnForm and columnsOfPairs run with query expansion off (required.txt tag
    // [queries-off]), so there it is an opaque predicate; only the lemma methods (transitive,
    // total, beforeMeans, irreflexive, smallerAtFirstDifference) look inside it.

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && into != null && scratch != null;
      @ requires into != scratch && into.length == scratch.length;
      @ requires (Object) keys != (Object) into && (Object) keys != (Object) scratch;
      @ requires 0 <= lo && lo <= hi && hi <= into.length;
      @ requires (\bigint) hi * width <= keys.length;
      @ ensures (\forall int p; lo <= p && p < hi;
      @            lo <= into[p] && into[p] < hi && (into[p] + 1) * width <= keys.length);
      @ ensures (\forall int p; lo <= p && p < hi - 1; before(keys, width, into[p], into[p + 1]));
      @ assignable into[lo .. hi - 1], scratch[lo .. hi - 1];
      @ measured_by hi - lo;
      @*/
    /**
     * Sorts the tuple indices lo..hi-1 into {@code into[lo..hi)} (top-down merge sort): each
     * half is sorted into {@code scratch} (with {@code into} as its scratch), then the halves
     * are merged back. The left half holds the indices below mid and the right half those
     * from mid on, which is what makes "left wins ties" the index tie-break. Recursion depth
     * is about log2(hi - lo).
     */
    private static void sortRange(long[] keys, int width, int[] into, int[] scratch, int lo,
            int hi) {
        if (hi - lo == 1) {
            fits(lo, hi, width, keys.length);
            into[lo] = lo;
        } else if (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            // Lemma call (no run-time effect): (hi - mid) width >= 0, so mid width <= hi width.
            productNonNegative(hi - mid, width);
            sortRange(keys, width, scratch, into, lo, mid);
            sortRange(keys, width, scratch, into, mid, hi);
            merge(keys, width, scratch, into, lo, mid, hi);
        }
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && from != null && to != null;
      @ requires from.length == to.length && from != to && (Object) keys != (Object) to;
      @ requires 0 <= start && start <= mid && mid <= end && end <= from.length;
      @ requires (\forall int p; start <= p && p < end;
      @             0 <= from[p] && (from[p] + 1) * width <= keys.length);
      @ requires (\forall int p; start <= p && p < mid; start <= from[p] && from[p] < mid);
      @ requires (\forall int p; mid <= p && p < end; mid <= from[p] && from[p] < end);
      @ requires (\forall int p; start <= p && p < mid - 1; before(keys, width, from[p], from[p + 1]));
      @ requires (\forall int p; mid <= p && p < end - 1; before(keys, width, from[p], from[p + 1]));
      @ ensures (\forall int p; start <= p && p < end;
      @            start <= to[p] && to[p] < end && (to[p] + 1) * width <= keys.length);
      @ ensures (\forall int p; start <= p && p < end - 1; before(keys, width, to[p], to[p + 1]));
      @ assignable to[start .. end - 1];
      @*/
    /**
     * Merges the sorted runs from[start..mid) (indices in [start, mid)) and from[mid..end)
     * (indices in [mid, end)) into to[start..end). The left run wins ties, and its indices are
     * the smaller ones, so equal tuples stay in index order.
     */
    private static void merge(long[] keys, int width, int[] from, int[] to, int start,
            int mid, int end) {
        int left = start;
        int right = mid;
        /*@ loop_invariant start <= out && out <= end;
          @ loop_invariant start <= left && left <= mid && mid <= right && right <= end;
          @ loop_invariant out == start + (left - start) + (right - mid);
          @ loop_invariant (\forall int p; start <= p && p < out;
          @            start <= to[p] && to[p] < end && (to[p] + 1) * width <= keys.length);
          @ loop_invariant (\forall int p; start <= p && p < out - 1; before(keys, width, to[p], to[p + 1]));
          @ loop_invariant start < out && left < mid ==> before(keys, width, to[out - 1], from[left]);
          @ loop_invariant start < out && right < end ==> before(keys, width, to[out - 1], from[right]);
          @ decreases end - out;
          @ assignable to[start .. end - 1];
          @*/
        for (int out = start; out < end; out++) {
            boolean takeLeft = right >= end
                    || (left < mid && before(keys, width, from[left], from[right]));
            if (takeLeft) {
                to[out] = from[left];
                left++;
            } else {
                if (left < mid) {
                    // Lemma call (no run-time effect): the right tuple comes before the left.
                    total(keys, width, from[left], from[right]);
                }
                to[out] = from[right];
                right++;
            }
        }
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && 0 <= a && (a + 1) * width <= keys.length;
      @ requires 0 <= b && (b + 1) * width <= keys.length;
      @ ensures \result == before(keys, width, a, b);
      @ assignable \strictly_nothing;
      @ accessible keys[*];
      @*/
    /**
     * Tuple index a comes before b in the stable order: its tuple is lexicographically smaller
     * ({@link Tuples#compare} negative), or the tuples are equal and a &lt; b. The contract
     * only ties a call to the predicate of the same name that the specifications use; what
     * the predicate means is unfolded from this body where a proof needs it (the lemmas).
     */
    private static boolean before(long[] keys, int width, int a, int b) {
        int c = Tuples.compare(keys, width, a, b);
        return c < 0 || (c == 0 && a < b);
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && order != null && order.length == n;
      @ requires (\forall int p; 0 <= p && p < n;
      @            0 <= order[p] && order[p] < n && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p; 0 <= p && p < n - 1; before(keys, width, order[p], order[p + 1]));
      @ ensures (\forall int p, q; 0 <= p && p < q && q < n;
      @            before(keys, width, order[p], order[q]));
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma: an order whose adjacent pairs are in the stable order has all its pairs in it.
     * Induction on the right end q with one transitivity step per q: at run time the loop
     * only makes n - 1 empty calls. (n is order.length, passed so that the clauses read
     * exactly as sortRange's postcondition for lo = 0, hi = n: the proof of sort then matches
     * them without instantiating quantifiers.)
     */
    private static void allPairs(long[] keys, int width, int[] order, int n) {
        /*@ loop_invariant 1 <= q && (q <= n || n == 0);
          @ loop_invariant (\forall int p, r; 0 <= p && p < r && r < q;
          @            before(keys, width, order[p], order[r]));
          @ decreases n - q + 1;
          @ assignable \strictly_nothing;
          @*/
        for (int q = 1; q < n; q++) {
            transitive(keys, width, order[q - 1], order[q]);
        }
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1;
      @ requires 0 <= b && (b + 1) * width <= keys.length && 0 <= c && (c + 1) * width <= keys.length;
      @ ensures before(keys, width, b, c) ==> (\forall int a; 0 <= a && (a + 1) * width <= keys.length;
      @             before(keys, width, a, b) ==> before(keys, width, a, c));
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): the stable order is transitive (a before b before c). */
    private static void transitive(long[] keys, int width, int b, int c) {
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && a != b;
      @ requires 0 <= a && (a + 1) * width <= keys.length && 0 <= b && (b + 1) * width <= keys.length;
      @ ensures before(keys, width, a, b) || before(keys, width, b, a);
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): the stable order is total on distinct indices. */
    private static void total(long[] keys, int width, int a, int b) {
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && order != null && order.length == n;
      @ requires (\forall int p; 0 <= p && p < n;
      @            0 <= order[p] && order[p] < n && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q; 0 <= p && p < q && q < n;
      @            before(keys, width, order[p], order[q]));
      @ ensures (\forall int p; 0 <= p && p < n; 0 <= order[p] && order[p] < n);
      @ ensures (\forall int p; 0 <= p && p < n - 1;
      @            Tuples.compare(keys, width, order[p], order[p + 1]) < 0
      @         || (Tuples.compare(keys, width, order[p], order[p + 1]) == 0
      @             && order[p] < order[p + 1]));
      @ ensures (\forall int p, q; 0 <= p && p < q && q < n; order[p] != order[q]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma: an order with all pairs in the stable order has the forms the first case of
     * {@link #sort} promises (its clauses verbatim, with order for the result): indices in
     * [0, n), adjacent pairs ordered by compare then index, and no index twice (the order is
     * irreflexive). Proven with the order predicate opaque: one {@link #beforeMeans} per
     * adjacent pair (at run time the loop only makes n - 1 empty calls); unfolding the
     * predicate at every instance of the all-pairs hypothesis instead took most of a minute.
     */
    private static void finalForm(long[] keys, int width, int[] order, int n) {
        irreflexive(keys, width);
        /*@ loop_invariant 0 <= p && (p <= n - 1 || p == 0);
          @ loop_invariant (\forall int r; 0 <= r && r < p;
          @            Tuples.compare(keys, width, order[r], order[r + 1]) < 0
          @         || (Tuples.compare(keys, width, order[r], order[r + 1]) == 0
          @             && order[r] < order[r + 1]));
          @ decreases n - p;
          @ assignable \strictly_nothing;
          @*/
        for (int p = 0; p < n - 1; p++) {
            beforeMeans(keys, width, order[p], order[p + 1]);
        }
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1;
      @ requires 0 <= a && (a + 1) * width <= keys.length && 0 <= b && (b + 1) * width <= keys.length;
      @ requires before(keys, width, a, b);
      @ ensures Tuples.compare(keys, width, a, b) < 0
      @      || (Tuples.compare(keys, width, a, b) == 0 && a < b);
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): a before b means compare's sign, then the index. */
    private static void beforeMeans(long[] keys, int width, int a, int b) {
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1;
      @ ensures (\forall int a; 0 <= a && (a + 1) * width <= keys.length;
      @            !before(keys, width, a, a));
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): no tuple index comes before itself. */
    private static void irreflexive(long[] keys, int width) {
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && order != null && order.length == n;
      @ requires (\forall int p; 0 <= p && p < n;
      @            0 <= order[p] && order[p] < n && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q; 0 <= p && p < q && q < n;
      @            before(keys, width, order[p], order[q]));
      @ ensures (\forall int p, q, k; 0 <= p && p < q && q < n && 0 <= k && k < width;
      @            (\forall int s; 0 <= s && s < k;
      @                keys[order[p] * width + s] == keys[order[q] * width + s])
      @            ==> keys[order[p] * width + k] <= keys[order[q] * width + k]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): an order with all pairs in the stable order has the form
     * the second case of {@link #sort} promises (its clause verbatim, with order for the
     * result). Where p's word at column k exceeds q's, {@link #columnsOfPairs} names a column
     * before k where the tuples differ, so the premise (the columns before k agree) fails.
     * Proven with the order predicate opaque.
     */
    private static void columnForm(long[] keys, int width, int[] order, int n) {
        columnsOfPairs(keys, width, order, n);
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && order != null && order.length == n;
      @ requires (\forall int p; 0 <= p && p < n;
      @            0 <= order[p] && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q; 0 <= p && p < q && q < n;
      @            before(keys, width, order[p], order[q]));
      @ ensures (\forall int p, q, k; 0 <= p && p < q && q < n && 0 <= k && k < width
      @            && keys[order[q] * width + k] < keys[order[p] * width + k];
      @            0 <= Tuples.firstDifference(keys, width, order[p], order[q])
      @            && Tuples.firstDifference(keys, width, order[p], order[q]) < k
      @            && keys[order[p] * width + Tuples.firstDifference(keys, width, order[p], order[q])]
      @               != keys[order[q] * width + Tuples.firstDifference(keys, width, order[p], order[q])]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): {@link #smallerAtFirstDifference} for every pair p &lt; q of
     * an order whose pairs are all in the stable order. Proven with the order predicate
     * opaque: one instance of each requirement per pair.
     */
    private static void columnsOfPairs(long[] keys, int width, int[] order, int n) {
        smallerAtFirstDifference(keys, width, order, n);
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && order != null && order.length == n;
      @ requires (\forall int p; 0 <= p && p < n;
      @            0 <= order[p] && (order[p] + 1) * width <= keys.length);
      @ ensures (\forall int p, q, k; 0 <= p && p < n && 0 <= q && q < n
      @            && before(keys, width, order[p], order[q]) && 0 <= k && k < width
      @            && keys[order[q] * width + k] < keys[order[p] * width + k];
      @            0 <= Tuples.firstDifference(keys, width, order[p], order[q])
      @            && Tuples.firstDifference(keys, width, order[p], order[q]) < k
      @            && keys[order[p] * width + Tuples.firstDifference(keys, width, order[p], order[q])]
      @               != keys[order[q] * width + Tuples.firstDifference(keys, width, order[p], order[q])]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): if the tuple at position p comes before the one at q and
     * its column k exceeds q's, the tuples already differ before k (at their first
     * difference, where p's word is the smaller). So every column whose predecessors agree
     * has p's word at most q's. The witness is a term (firstDifference), not an existential,
     * so that the proofs that use this instantiate it without splitting.
     */
    private static void smallerAtFirstDifference(long[] keys, int width, int[] order, int n) {
    }

    /*@ private normal_behavior
      @ requires 0 <= a && a < hi && width >= 1 && (\bigint) hi * width <= length;
      @ ensures (a + 1) * width <= length;
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): tuple a &lt; hi of width w ends within hi w &lt;= length words. */
    private static void fits(int a, int hi, int width, int length) {
        productNonNegative(hi - a - 1, width);
    }

    /*@ private normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures (\bigint) a * b >= 0;
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): a b &gt;= 0 (KeY's integer strategy does not multiply inequations). */
    private static void productNonNegative(long a, long b) {
    }
}
