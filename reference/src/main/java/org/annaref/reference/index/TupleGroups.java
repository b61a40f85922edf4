package org.annaref.reference.index;

import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * Tuples grouped by equality: the sorted order of {@link TupleSort}, cut into runs of equal
 * tuples. Run g occupies positions [bound(g), bound(g + 1)) of the order, its members are the
 * tuple indices at those positions (increasing, by stability), and its count is the run length.
 *
 * <p>This is the exact-match index behind both EMA (tuples = canonical key bits) and every ANNA
 * hash table (tuples = bucket keys): a bucket is a run. {@link #build} proves every run exact
 * ({@code areRuns}): a position is in run g exactly when its tuple equals the run's first
 * tuple, and, the order being a permutation, a run's count is the number of keys with its key
 * ({@code RunCounts.keyCounts}). It also proves {@link #find}'s preconditions for the
 * index it returns (the model predicates {@code searchable} and {@code runTuples}).
 */
public final class TupleGroups {
    private final /*@ spec_public @*/ long[] keys;
    private final /*@ spec_public @*/ int width;
    private final /*@ spec_public @*/ int[] order;
    private final /*@ spec_public @*/ int[] bounds;
    private final /*@ spec_public @*/ int[] groupAt;

    /*@ public invariant width >= 1 && bounds.length >= 1 && groupAt.length == order.length;
      @ public invariant bounds[0] == 0 && bounds[bounds.length - 1] == order.length;
      @ public invariant (\forall int g; 0 <= g && g < bounds.length - 1; bounds[g] < bounds[g + 1]);
      @*/

    /*@ private normal_behavior
      @ requires keys != null && order != null && bounds != null && groupAt != null;
      @ requires width >= 1 && bounds.length >= 1 && groupAt.length == order.length;
      @ requires bounds[0] == 0 && bounds[bounds.length - 1] == order.length;
      @ requires (\forall int g; 0 <= g && g < bounds.length - 1; bounds[g] < bounds[g + 1]);
      @ ensures this.keys == keys && this.width == width && this.order == order;
      @ ensures this.bounds == bounds && this.groupAt == groupAt;
      @ assignable \nothing;
      @*/
    private TupleGroups(long[] keys, int width, int[] order, int[] bounds, int[] groupAt) {
        this.keys = keys;
        this.width = width;
        this.order = order;
        this.bounds = bounds;
        this.groupAt = groupAt;
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1 && n >= 0 && (\bigint) n * width <= keys.length;
      @ requires (\bigint) n * width <= Integer.MAX_VALUE - 8;
      @ ensures \result.order.length == n;
      @ ensures \result.keys == keys && \result.width == width;
      @ ensures areRuns(keys, width, \result.order, \result.bounds, \result.bounds.length - 1);
      @ ensures searchable(keys, width, \result.order);
      @ ensures runTuples(keys, width, \result.order, \result.bounds, \result.groupAt);
      @ ensures RunCounts.keyCounts(keys, width, \result.order, \result.bounds,
      @     \result.bounds.length - 1);
      @ ensures \invariant_for(\result);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires keys != null && width >= 1 && n >= 0;
      @ requires (\bigint) n * width > keys.length || (\bigint) n * width > Integer.MAX_VALUE - 8;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * Groups tuples 0..n-1 of {@code keys} (width {@code width}; the array is kept, not copied).
     * Throws when they are more words than {@code keys} holds or than one array can.
     */
    public static TupleGroups build(long[] keys, int width, int n) {
        Require.notNull("keys", keys);
        Require.atLeastOne("tuple width", width);
        Require.nonNegative("tuple count", n);
        Tuples.requireFits("tuple keys", n, width);
        if ((long) n * width > keys.length) {
            throw new IllegalArgumentException(tooFewKeys(n, width, keys.length));
        }
        return sortedGroups(keys, width, n);
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for a key array shorter than n tuples of the width. */
    private static String tooFewKeys(int n, int width, int length) {
        return n + " tuples of width " + width + " need " + ((long) n * width)
                + " words, the key array has " + length;
    }

    /*@ private normal_behavior
      @ requires keys != null && width >= 1 && n >= 0 && (\bigint) n * width <= keys.length;
      @ requires (\bigint) n * width <= Integer.MAX_VALUE - 8;
      @ ensures \result.order.length == n;
      @ ensures \result.keys == keys && \result.width == width;
      @ ensures areRuns(keys, width, \result.order, \result.bounds, \result.bounds.length - 1);
      @ ensures searchable(keys, width, \result.order);
      @ ensures runTuples(keys, width, \result.order, \result.bounds, \result.groupAt);
      @ ensures RunCounts.keyCounts(keys, width, \result.order, \result.bounds,
      @     \result.bounds.length - 1);
      @ ensures \invariant_for(\result);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * {@link #build} after its argument checks: sort, cut the order into runs, index them. A
     * method of its own so that its proof does not carry the checks' string messages.
     */
    private static TupleGroups sortedGroups(long[] keys, int width, int n) {
        int[] order = TupleSort.sort(keys, width, n);
        int[] bounds = runBounds(keys, width, order);
        // Lemma call (no run-time effect): each run's count is the number of keys with its key.
        RunCounts.allBucketCounts(keys, width, order, bounds, bounds.length - 1);
        int[] groupAt = groupIndex(bounds, n);
        // Lemma call (no run-time effect): find's second precondition, from the exact runs.
        tuplesOfRuns(keys, width, order, bounds, groupAt);
        return new TupleGroups(keys, width, order, bounds, groupAt);
    }

    // The run predicates of the proofs (JML model methods: specification only, no run-time
    // code). isRun(keys, width, order, start, end): positions [start, end) of the order form
    // one exact run, i.e. every position inside holds the tuple at start and no position
    // before or after does. areRuns(keys, width, order, bounds, runs): bounds[0..runs] cut the
    // order into exact runs [bounds[h], bounds[h + 1]). Their accessible clauses say what they
    // read, so KeY carries them across writes elsewhere without unfolding them.
    /*@ public model_behaviour
      @ accessible keys[*], order[*];
      @ static model boolean isRun(long[] keys, int width, int[] order, int start, int end) {
      @     return 0 <= start && start < end && end <= order.length
      @         && (\forall int s, t; start <= s && s < end && 0 <= t && t < width;
      @                keys[order[s] * width + t] == keys[order[start] * width + t])
      @         && (\forall int s; 0 <= s && s < start;
      @                !(\forall int t; 0 <= t && t < width;
      @                    keys[order[s] * width + t] == keys[order[start] * width + t]))
      @         && (\forall int s; end <= s && s < order.length;
      @                !(\forall int t; 0 <= t && t < width;
      @                    keys[order[s] * width + t] == keys[order[start] * width + t]));
      @ }
      @*/

    /*@ public model_behaviour
      @ accessible keys[*], order[*], bounds[0 .. runs];
      @ static model boolean areRuns(long[] keys, int width, int[] order, int[] bounds,
      @         \bigint runs) {
      @     return (\forall int h; 0 <= h && h < runs;
      @                isRun(keys, width, order, bounds[h], bounds[h + 1]));
      @ }
      @*/

    // The facts find relies on, as predicates for the same reason: build ensures them, find
    // requires them, and KeY carries them from one to the other unchanged. searchable: the
    // order's entries index tuples of keys, in column-wise sorted order (what the binary search
    // needs). runTuples: every position's run index names a run, and the position holds that
    // run's first tuple.
    /*@ public model_behaviour
      @ accessible keys[*], order[*];
      @ static model boolean searchable(long[] keys, int width, int[] order) {
      @     return (\forall int p; 0 <= p && p < order.length;
      @                0 <= order[p] && (order[p] + 1) * width <= keys.length)
      @         && (\forall int p, q, k;
      @                0 <= p && p < q && q < order.length && 0 <= k && k < width;
      @                (\forall int s; 0 <= s && s < k;
      @                    keys[order[p] * width + s] == keys[order[q] * width + s])
      @                ==> keys[order[p] * width + k] <= keys[order[q] * width + k]);
      @ }
      @*/

    /*@ public model_behaviour
      @ accessible keys[*], order[*], bounds[*], groupAt[*];
      @ static model boolean runTuples(long[] keys, int width, int[] order, int[] bounds,
      @         int[] groupAt) {
      @     return (\forall int p; 0 <= p && p < order.length;
      @                0 <= groupAt[p] && groupAt[p] < bounds.length - 1)
      @         && (\forall int p; 0 <= p && p < order.length;
      @                (\forall int t; 0 <= t && t < width;
      @                    keys[order[p] * width + t]
      @                        == keys[order[bounds[groupAt[p]]] * width + t]));
      @ }
      @*/

    /*@ private normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires (\forall int q; 0 <= q && q < order.length;
      @             0 <= order[q] && (order[q] + 1) * width <= keys.length);
      @ requires (\forall int q, r, k; 0 <= q && q < r && r < order.length && 0 <= k && k < width;
      @             (\forall int s; 0 <= s && s < k;
      @                 keys[order[q] * width + s] == keys[order[r] * width + s])
      @             ==> keys[order[q] * width + k] <= keys[order[r] * width + k]);
      @ ensures searchable(keys, width, order);
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): the sorted order, stated as {@code searchable}. */
    private static void sortedColumns(long[] keys, int width, int[] order) {
    }

    /*@ private normal_behavior
      @ requires keys != null && order != null && bounds != null && groupAt != null;
      @ requires bounds.length >= 1 && groupAt.length == order.length;
      @ requires areRuns(keys, width, order, bounds, bounds.length - 1);
      @ requires (\forall int q; 0 <= q && q < order.length;
      @             0 <= groupAt[q] && groupAt[q] < bounds.length - 1
      @             && bounds[groupAt[q]] <= q && q < bounds[groupAt[q] + 1]);
      @ ensures runTuples(keys, width, order, bounds, groupAt);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): with every run exact and every position inside the run its
     * index names, every position holds its run's first tuple.
     */
    private static void tuplesOfRuns(long[] keys, int width, int[] order, int[] bounds,
            int[] groupAt) {
    }

    /*@ private normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires order.length < Integer.MAX_VALUE;
      @ requires (\forall int q; 0 <= q && q < order.length;
      @             0 <= order[q] && (order[q] + 1) * width <= keys.length);
      @ requires (\forall int q, r, k; 0 <= q && q < r && r < order.length && 0 <= k && k < width;
      @             (\forall int s; 0 <= s && s < k;
      @                 keys[order[q] * width + s] == keys[order[r] * width + s])
      @             ==> keys[order[q] * width + k] <= keys[order[r] * width + k]);
      @ ensures \result.length >= 1 && \result[0] == 0;
      @ ensures \result[\result.length - 1] == order.length;
      @ ensures (\forall int g; 0 <= g && g < \result.length - 1; \result[g] < \result[g + 1]);
      @ ensures areRuns(keys, width, order, \result, \result.length - 1);
      @ ensures searchable(keys, width, order);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * The run boundaries of a column-wise sorted order, 0 = b_0 &lt; b_1 &lt; ... &lt; b_g = n,
     * such that each run [b_h, b_{h+1}) holds exactly the positions whose tuple equals the
     * tuple at b_h ({@code isRun}): the positions inside hold it, those before and after do
     * not. Run after run, {@link #runEnd} finds the run's end with one
     * {@link TupleSearch#equalRange}: O(g width log n) word comparisons. It also hands on
     * its precondition as the predicate {@code searchable}, which build ensures for find: in
     * the caller the quantified form would not be carried across the allocations that follow
     * (and there KeY no longer matched it with sort's postcondition).
     */
    private static int[] runBounds(long[] keys, int width, int[] order) {
        // Lemma call (no run-time effect): the sorted order as a predicate, which build hands
        // on to find as its first precondition.
        sortedColumns(keys, width, order);
        int n = order.length;
        int[] ends = new int[n + 1];
        int runs = 0;
        int p = 0;
        //@ assert ends != order && ends.length == n + 1;
        // Lemma call (no run-time effect): no runs yet.
        areRunsMeans(keys, width, order, ends, 0);
        /*@ loop_invariant 0 <= runs && runs <= p && p <= n;
          @ loop_invariant ends != order && ends.length == n + 1;
          @ loop_invariant ends[0] == 0 && ends[runs] == p;
          @ loop_invariant (\forall int h; 0 <= h && h < runs; ends[h] < ends[h + 1]);
          @ loop_invariant areRuns(keys, width, order, ends, runs);
          @ loop_invariant (\forall int s; s == p - 1 && 0 <= s && p < n;
          @                   !(\forall int t; 0 <= t && t < width;
          @                       keys[order[s] * width + t] == keys[order[p] * width + t]));
          @ decreases n - p;
          @ assignable ends[*];
          @*/
        while (p < n) {
            int end = runEnd(keys, width, order, p);
            ends[runs + 1] = end;
            // Lemma call (no run-time effect): the runs found so far, and this one.
            addRun(keys, width, order, ends, runs);
            runs++;
            p = end;
        }
        int[] bounds = firstEntries(ends, runs + 1);
        // Lemma call (no run-time effect): the copy holds the same runs.
        copyRuns(keys, width, order, ends, bounds, runs);
        return bounds;
    }

    /*@ private normal_behavior
      @ requires bounds != null && 0 <= runs && runs + 1 < bounds.length;
      @ requires areRuns(keys, width, order, bounds, runs);
      @ requires isRun(keys, width, order, bounds[runs], bounds[runs + 1]);
      @ ensures areRuns(keys, width, order, bounds, runs + 1);
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): one more run appended to a list of runs. */
    private static void addRun(long[] keys, int width, int[] order, int[] bounds, int runs) {
        areRunsMeans(keys, width, order, bounds, runs);
        areRunsMeans(keys, width, order, bounds, runs + 1);
    }

    /*@ normal_behavior
      @ ensures areRuns(keys, width, order, bounds, runs)
      @     <==> (\forall int h; 0 <= h && h < runs;
      @              isRun(keys, width, order, bounds[h], bounds[h + 1]));
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): the definition of {@code areRuns}, for the proofs that keep
     * {@code isRun} opaque (KeY's class axioms off): they unfold one definition, not both.
     */
    static void areRunsMeans(long[] keys, int width, int[] order, int[] bounds,
            int runs) {
    }

    /*@ private normal_behavior
      @ requires from != null && to != null && 0 <= runs && runs < from.length;
      @ requires runs < to.length;
      @ requires (\forall int h; 0 <= h && h <= runs; to[h] == from[h]);
      @ requires areRuns(keys, width, order, from, runs);
      @ ensures areRuns(keys, width, order, to, runs);
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): a copy of the boundaries describes the same runs. */
    private static void copyRuns(long[] keys, int width, int[] order, int[] from, int[] to,
            int runs) {
    }

    /*@ private normal_behavior
      @ requires keys != null && order != null && width >= 1;
      @ requires (\forall int q; 0 <= q && q < order.length;
      @             0 <= order[q] && (order[q] + 1) * width <= keys.length);
      @ requires (\forall int q, r, k; 0 <= q && q < r && r < order.length && 0 <= k && k < width;
      @             (\forall int s; 0 <= s && s < k;
      @                 keys[order[q] * width + s] == keys[order[r] * width + s])
      @             ==> keys[order[q] * width + k] <= keys[order[r] * width + k]);
      @ requires 0 <= p && p < order.length;
      @ requires (\forall int s; s == p - 1 && 0 <= s;
      @             !(\forall int t; 0 <= t && t < width;
      @                 keys[order[s] * width + t] == keys[order[p] * width + t]));
      @ ensures p < \result && \result <= order.length;
      @ ensures isRun(keys, width, order, p, \result);
      @ ensures (\forall int s; s == \result - 1 && \result < order.length;
      @            !(\forall int t; 0 <= t && t < width;
      @                keys[order[s] * width + t] == keys[order[\result] * width + t]));
      @ assignable \nothing;
      @*/
    /**
     * The end of the run that starts at position p (p is 0, or the previous position holds a
     * different tuple): the end of the range of positions whose tuple equals the one at p.
     * That range starts at p, since p is in it and p - 1 is not.
     */
    private static int runEnd(long[] keys, int width, int[] order, int p) {
        int offset = order[p] * width;
        int[] range = TupleSearch.equalRange(keys, width, order, keys, offset);
        int lo = range[0];
        int hi = range[1];
        //@ assert lo <= p && p < hi;
        //@ assert lo == p;
        // Lemma call (no run-time effect): the tuple at hi (if any) is not the one at p.
        differsAt(keys, width, order, keys, offset, hi, hi);
        /*@ assert (\forall int t; 0 <= t && t < width;
          @     keys[order[hi - 1] * width + t] == keys[order[p] * width + t]);
          @*/
        return hi;
    }

    /*@ private normal_behavior
      @ requires keys != null && order != null && probe != null;
      @ requires (\forall int q; end <= q && q < order.length;
      @             !(\forall int s; 0 <= s && s < width;
      @                 keys[order[q] * width + s] == probe[offset + s]));
      @ requires end <= at;
      @ ensures at < order.length ==> !(\forall int s; 0 <= s && s < width;
      @            keys[order[at] * width + s] == probe[offset + s]);
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): a position at or after the end of the equal range does not
     * hold the probe. It hands KeY that instance of {@link TupleSearch#equalRange}'s
     * postcondition, which its automation does not pick by itself (the lemma's own proof gets
     * the instance as a hint: {@code [instantiate q:=at]} in required.txt).
     */
    private static void differsAt(long[] keys, int width, int[] order, long[] probe,
            int offset, int end, int at) {
    }

    /*@ private normal_behavior
      @ requires a != null && 0 <= length && length <= a.length;
      @ ensures \result.length == length;
      @ ensures (\forall int h; 0 <= h && h < length; \result[h] == a[h]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** A fresh copy of a[0 .. length - 1]. */
    private static int[] firstEntries(int[] a, int length) {
        int[] copy = new int[length];
        /*@ loop_invariant 0 <= h && h <= length;
          @ loop_invariant (\forall int i; 0 <= i && i < h; copy[i] == a[i]);
          @ decreases length - h;
          @ assignable copy[*];
          @*/
        for (int h = 0; h < length; h++) {
            copy[h] = a[h];
        }
        return copy;
    }

    /*@ private normal_behavior
      @ requires bounds != null && bounds.length >= 1 && bounds[0] == 0 && n >= 0;
      @ requires bounds[bounds.length - 1] == n;
      @ requires (\forall int g; 0 <= g && g < bounds.length - 1; bounds[g] < bounds[g + 1]);
      @ ensures \result.length == n;
      @ ensures (\forall int q; 0 <= q && q < n;
      @             0 <= \result[q] && \result[q] < bounds.length - 1
      @             && bounds[\result[q]] <= q && q < bounds[\result[q] + 1]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * For every position of the order, the run containing it. One pass: runs are non-empty
     * and consecutive, so position q either stays in run g or starts run g + 1.
     */
    private static int[] groupIndex(int[] bounds, int n) {
        int[] groupAt = new int[n];
        int g = 0;
        /*@ loop_invariant 0 <= q && q <= n && 0 <= g;
          @ loop_invariant q < n ==> g < bounds.length - 1 && bounds[g] <= q && q <= bounds[g + 1];
          @ loop_invariant (\forall int s; 0 <= s && s < q;
          @                   0 <= groupAt[s] && groupAt[s] < bounds.length - 1
          @                   && bounds[groupAt[s]] <= s && s < bounds[groupAt[s] + 1]);
          @ decreases n - q;
          @ assignable groupAt[*];
          @*/
        for (int q = 0; q < n; q++) {
            if (q == bounds[g + 1]) {
                g++;
            }
            groupAt[q] = g;
        }
        return groupAt;
    }

    /*@ public normal_behavior
      @ requires bounds != null && bounds.length >= 1 && bounds[0] == 0;
      @ requires (\forall int g; 0 <= g && g < bounds.length - 1; bounds[g] < bounds[g + 1]);
      @ ensures \result.length == bounds.length - 1;
      @ ensures (\forall int g; 0 <= g && g < \result.length;
      @            \result[g] == bounds[g + 1] - bounds[g] && \result[g] >= 1);
      @ ensures (\sum int g; 0 <= g && g < \result.length; \result[g])
      @            == bounds[bounds.length - 1];
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The run lengths b_{g+1} - b_g; they are positive and sum to n = b_last. */
    public static int[] runCounts(int[] bounds) {
        int[] counts = new int[bounds.length - 1];
        // The invariants read bounds in the pre-state (\old; bounds is never written): those
        // terms stay independent of the heap the loop writes, which KeY cannot simplify under
        // a quantifier or a sum. The assert restates the sum postcondition for counts itself.
        /*@ loop_invariant 0 <= g && g <= counts.length;
          @ loop_invariant (\forall int h; 0 <= h && h < g;
          @                   counts[h] == \old(bounds[h + 1]) - \old(bounds[h]));
          @ loop_invariant (\sum int h; 0 <= h && h < g; \old(bounds[h + 1]) - \old(bounds[h]))
          @                   == \old(bounds[g]);
          @ decreases counts.length - g;
          @ assignable counts[*];
          @*/
        for (int g = 0; g < counts.length; g++) {
            counts[g] = bounds[g + 1] - bounds[g];
        }
        //@ assert (\sum int h; 0 <= h && h < counts.length; counts[h]) == bounds[counts.length];
        return counts;
    }

    /*@ public normal_behavior
      @ ensures \result == bounds.length - 1;
      @ assignable \strictly_nothing;
      @*/
    /** Number of runs (distinct tuples). */
    public int groups() {
        return bounds.length - 1;
    }

    /*@ public normal_behavior
      @ ensures \result == order.length;
      @ assignable \strictly_nothing;
      @*/
    /** Number of tuples n. */
    public int size() {
        return order.length;
    }

    /*@ public normal_behavior
      @ requires 0 <= g && g < bounds.length - 1;
      @ ensures \result == bounds[g];
      @ assignable \strictly_nothing;
      @*/
    /** First position of run g in the sorted order. */
    public int start(int g) {
        return bounds[g];
    }

    /*@ public normal_behavior
      @ requires 0 <= g && g < bounds.length - 1;
      @ ensures \result == bounds[g + 1];
      @ assignable \strictly_nothing;
      @*/
    /** One past the last position of run g. */
    public int end(int g) {
        return bounds[g + 1];
    }

    /*@ public normal_behavior
      @ requires 0 <= g && g < bounds.length - 1;
      @ ensures \result == bounds[g + 1] - bounds[g];
      @ assignable \strictly_nothing;
      @*/
    /** Number of tuples in run g. */
    public int count(int g) {
        return bounds[g + 1] - bounds[g];
    }

    /*@ public normal_behavior
      @ requires 0 <= position && position < order.length;
      @ ensures \result == order[position];
      @ assignable \strictly_nothing;
      @*/
    /** The tuple index at a position of the sorted order. */
    public int at(int position) {
        return order[position];
    }

    /*@ public normal_behavior
      @ ensures \result.length == bounds.length - 1;
      @ ensures (\forall int g; 0 <= g && g < \result.length;
      @            \result[g] == bounds[g + 1] - bounds[g] && \result[g] >= 1);
      @ ensures (\sum int g; 0 <= g && g < \result.length; \result[g]) == order.length;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The run lengths, in run order (they sum to {@link #size()}). */
    public int[] counts() {
        return runCounts(bounds);
    }

    /*@ public normal_behavior
      @ requires probe != null && 0 <= offset && offset + width <= probe.length;
      @ requires searchable(keys, width, order);
      @ requires runTuples(keys, width, order, bounds, groupAt);
      @ ensures -1 <= \result && \result < bounds.length - 1;
      @ ensures \result == -1 ==> (\forall int p; 0 <= p && p < order.length;
      @            !(\forall int t; 0 <= t && t < width;
      @                keys[order[p] * width + t] == probe[offset + t]));
      @ ensures \result >= 0 ==> (\forall int t; 0 <= t && t < width;
      @            keys[order[bounds[\result]] * width + t] == probe[offset + t]);
      @ assignable \nothing;
      @*/
    /**
     * The run whose tuple equals {@code probe[offset .. offset + width - 1]}, or -1 when no
     * tuple does. The preconditions are the grouping facts find relies on: the order is
     * column-wise sorted (for the search) and every position holds the tuple of its run's
     * first position. {@link #build} ensures both, in the same words; they stay true as long
     * as the key array (kept, not copied) is not changed.
     */
    public int find(long[] probe, int offset) {
        if (offset < 0 || offset > probe.length - width) {
            throw new IllegalArgumentException("probe offset " + offset + " leaves no room for "
                    + width + " words in an array of " + probe.length);
        }
        return runOf(keys, width, order, bounds, groupAt, probe, offset);
    }

    /*@ private normal_behavior
      @ requires keys != null && order != null && bounds != null && groupAt != null;
      @ requires probe != null && width >= 1 && groupAt.length == order.length;
      @ requires bounds.length >= 1 && 0 <= offset && offset + width <= probe.length;
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             0 <= order[p] && (order[p] + 1) * width <= keys.length);
      @ requires (\forall int p, q, k; 0 <= p && p < q && q < order.length && 0 <= k && k < width;
      @             (\forall int s; 0 <= s && s < k;
      @                 keys[order[p] * width + s] == keys[order[q] * width + s])
      @             ==> keys[order[p] * width + k] <= keys[order[q] * width + k]);
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             0 <= groupAt[p] && groupAt[p] < bounds.length - 1);
      @ requires (\forall int p; 0 <= p && p < order.length;
      @             (\forall int t; 0 <= t && t < width;
      @                 keys[order[p] * width + t] == keys[order[bounds[groupAt[p]]] * width + t]));
      @ ensures -1 <= \result && \result < bounds.length - 1;
      @ ensures \result == -1 ==> (\forall int p; 0 <= p && p < order.length;
      @            !(\forall int t; 0 <= t && t < width;
      @                keys[order[p] * width + t] == probe[offset + t]));
      @ ensures \result >= 0 ==> (\forall int t; 0 <= t && t < width;
      @            keys[order[bounds[\result]] * width + t] == probe[offset + t]);
      @ assignable \nothing;
      @*/
    /** {@link #find} on the arrays themselves (a static method keeps field reads out of the proof). */
    private static int runOf(long[] keys, int width, int[] order, int[] bounds, int[] groupAt,
            long[] probe, int offset) {
        int[] range = rangeOf(keys, width, order, probe, offset);
        if (range[0] < range[1]) {
            int first = range[0];
            // The first equal position holds the probe, and its run's first position holds
            // the same tuple.
            /*@ assert (\forall int t; 0 <= t && t < width;
              @     keys[order[first] * width + t] == probe[offset + t]);
              @*/
            return groupAt[first];
        }
        return -1;
    }

    /*@ private normal_behavior
      @ requires keys != null && order != null && probe != null && width >= 1;
      @ requires 0 <= offset && offset + width <= probe.length;
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
      @                     keys[order[p] * width + s] == probe[offset + s]));
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * {@link TupleSearch#equalRange}, with its postcondition cut down to the equivalence. For
     * runOf's proof: with the range empty, KeY simplifies that clause to runOf's "no position
     * holds the probe" and matches the two; next to equalRange's one-directional clauses it
     * no longer finds the match.
     */
    private static int[] rangeOf(long[] keys, int width, int[] order, long[] probe, int offset) {
        return TupleSearch.equalRange(keys, width, order, probe, offset);
    }

    /*@ public normal_behavior
      @ requires values != null && values.rows == order.length;
      @ ensures \result.length == (bounds.length - 1) * values.cols;
      @*/
    /**
     * Per run, the sum of the rows of {@code values} indexed by its members: entry
     * {@code g * m + t} is sum over the members j of run g, in increasing j, of values[j][t],
     * starting from +0.0. (The order is part of the specification: it is what lets Algorithm 1,
     * Algorithm 2 and EMA agree bit for bit.)
     */
    public double[] sumRows(Matrix values) {
        if (values.rows() != order.length) {
            throw new IllegalArgumentException(values.describe() + " must have one row per"
                    + " tuple (" + order.length + ")");
        }
        int m = values.cols();
        int groups = bounds.length - 1;
        Tuples.requireFits("run sums of " + values.name(), groups, m);
        double[] sums = new double[groups * m];
        /*@ loop_invariant 0 <= g && g <= groups;
          @ decreases groups - g;
          @ assignable sums[*];
          @*/
        for (int g = 0; g < groups; g++) {
            /*@ loop_invariant bounds[g] <= p && p <= bounds[g + 1];
              @ decreases bounds[g + 1] - p;
              @ assignable sums[*];
              @*/
            for (int p = bounds[g]; p < bounds[g + 1]; p++) {
                int j = order[p];
                /*@ loop_invariant 0 <= t && t <= m;
                  @ decreases m - t;
                  @ assignable sums[*];
                  @*/
                for (int t = 0; t < m; t++) {
                    sums[g * m + t] += values.get(j, t);
                }
            }
        }
        return sums;
    }
}
