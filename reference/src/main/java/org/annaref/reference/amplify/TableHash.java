package org.annaref.reference.amplify;

import org.annaref.spec.HashFunction;
import org.annaref.spec.IntLemmas;
import org.annaref.spec.Matrix;

/**
 * One hash table's key function g = (h_1, ..., h_z): the AND of z functions (MATH.md
 * section 2). The bucket key of x is the z-tuple itself, written as consecutive words
 * (h_1's words, then h_2's, ...; {@link KeyLayout}, whose injectivity is proven): exact, never
 * reduced modulo a table size, so two points share a bucket exactly when all z functions agree.
 */
public final class TableHash {
    private final /*@ spec_public @*/ HashFunction[] functions;
    private final /*@ spec_public @*/ int dim;
    private final /*@ spec_public @*/ int width;
    /** Function f's words start at key position starts[f] ({@link KeyLayout#starts}). */
    private final /*@ spec_public @*/ int[] starts;

    // The layout (as KeyLayout.starts computes it): function f's words at [starts[f],
    // starts[f + 1]), the last ending at the width. The dependency contract (accessible \inv)
    // lets KeY carry the invariant across writes into a key array (bucketKey, bucketKeys).
    /*@ public invariant functions.length >= 1 && dim >= 1 && width >= 1;
      @ public invariant starts.length == functions.length + 1 && starts[0] == 0
      @         && starts[functions.length] == width && width <= Integer.MAX_VALUE / 2;
      @ public invariant (\forall int f, g; 0 <= f && f <= g && g <= functions.length;
      @         starts[f] <= starts[g]);
      @ public invariant (\forall int f; 0 <= f && f < functions.length;
      @         \invariant_for(functions[f]) && functions[f].dim() == dim
      @         && functions[f].words() == starts[f + 1] - starts[f]);
      @ public accessible \inv: this.*, functions[*], starts[*],
      @         (\infinite_union int f; 0 <= f && f < functions.length; functions[f].*);
      @*/

    /*@ public behavior
      @ requires functions != null && functions.length >= 1;
      @ requires (\forall int e; 0 <= e && e < functions.length;
      @             functions[e] != null && \invariant_for(functions[e]));
      @ ensures this.functions.length == functions.length;
      @ ensures (\forall int e; 0 <= e && e < functions.length; this.functions[e] == functions[e]);
      @ ensures \fresh(this.functions);
      @ ensures \invariant_for(this);
      @ assignable \nothing;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * The AND of {@code functions} (at least one; all of one dimension; the array is copied).
     * ({@code helper}: KeY would otherwise demand the class invariant also when the constructor
     * throws; the contract ensures it explicitly when it returns.)
     */
    public /*@ helper @*/ TableHash(HashFunction[] functions) {
        // The checks are inline rather than Require's: KeY applies Require's two contracts
        // (returns; throws) as one that may change the heap, and each such change is one more
        // heap that every function's invariant, dim() and words() must be carried across.
        if (functions == null) {
            throw new IllegalArgumentException("functions must not be null");
        }
        if (functions.length < 1) {
            throw new IllegalArgumentException("hashes per table (z) must be >= 1, got "
                    + functions.length);
        }
        if (functions[0] == null) {
            throw new IllegalArgumentException(isNull("function ", 0));
        }
        HashFunction[] copy = copyOf(functions);
        int d = copy[0].dim();
        int[] counts = wordCounts(copy, d);
        int[] layout = KeyLayout.starts(counts, Integer.MAX_VALUE / 2);
        this.functions = copy;
        this.dim = d;
        this.starts = layout;
        this.width = layout[copy.length];
    }

    /*@ private behavior
      @ requires functions != null;
      @ requires (\forall int e; 0 <= e && e < functions.length;
      @             functions[e] != null && \invariant_for(functions[e]));
      @ ensures \result.length == functions.length && \fresh(\result);
      @ ensures (\forall int e; 0 <= e && e < functions.length; \invariant_for(functions[e])
      @         && functions[e].dim() == d && \result[e] == functions[e].words() && \result[e] >= 1);
      @ assignable \nothing;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * Each function's word count, after checking that none is null and all have dimension
     * {@code d} (function 0's).
     */
    private static int[] wordCounts(HashFunction[] functions, int d) {
        int[] counts = new int[functions.length];
        /*@ loop_invariant 0 <= f && f <= functions.length;
          @ loop_invariant (\forall int e; 0 <= e && e < functions.length;
          @         \invariant_for(functions[e]));
          @ loop_invariant (\forall int e; 0 <= e && e < f; functions[e].dim() == d
          @         && counts[e] == functions[e].words() && counts[e] >= 1);
          @ decreases functions.length - f;
          @ assignable counts[*];
          @*/
        for (int f = 0; f < functions.length; f++) {
            if (functions[f] == null) {
                throw new IllegalArgumentException(isNull("function ", f));
            }
            if (functions[f].dim() != d) {
                throw new IllegalArgumentException(otherDimension("function ", f,
                        functions[f].dim(), d));
            }
            counts[f] = functions[f].words();
        }
        return counts;
    }

    /*@ private normal_behavior
      @ requires functions != null;
      @ ensures \result.length == functions.length && \fresh(\result);
      @ ensures (\forall int e; 0 <= e && e < functions.length; \result[e] == functions[e]);
      @ assignable \nothing;
      @*/
    /** A copy of the array (the table keeps its own, so the caller's later writes do not reach it). */
    private static HashFunction[] copyOf(HashFunction[] functions) {
        HashFunction[] copy = new HashFunction[functions.length];
        /*@ loop_invariant 0 <= c && c <= functions.length;
          @ loop_invariant (\forall int e; 0 <= e && e < c; copy[e] == functions[e]);
          @ decreases functions.length - c;
          @ assignable copy[*];
          @*/
        for (int c = 0; c < functions.length; c++) {
            copy[c] = functions[c];
        }
        return copy;
    }

    /*@ normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message of {@code Require.notNull} for element {@code index} (e.g. "function 3"). */
    static String isNull(String label, int index) {
        return label + index + " must not be null";
    }

    /*@ normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for element {@code index} whose dimension differs from element 0's. */
    static String otherDimension(String label, int index, int dim, int first) {
        return label + index + " has dimension " + dim + ", " + label + "0 has " + first;
    }

    /*@ public normal_behavior
      @ ensures \result == functions.length;
      @ assignable \strictly_nothing;
      @*/
    /** z, the number of functions. */
    public int size() {
        return functions.length;
    }

    /*@ public normal_behavior
      @ ensures \result == dim;
      @ assignable \strictly_nothing;
      @*/
    /** The input dimension m. ({@code helper}: a plain field read, which needs no invariant.) */
    public /*@ helper @*/ int dim() {
        return dim;
    }

    /*@ public normal_behavior
      @ ensures \result == width;
      @ assignable \strictly_nothing;
      @*/
    /** Words in one bucket key (z for the LSH families). */
    public int width() {
        return width;
    }

    /*@ public normal_behavior
      @ requires 0 <= f && f < functions.length;
      @ ensures \result == functions[f];
      @ assignable \strictly_nothing;
      @*/
    /** Function f (0-based) of this table. */
    public HashFunction function(int f) {
        return functions[f];
    }

    /*@ public behavior
      @ requires points != null && out != null && \invariant_for(points) && points.cols == dim;
      @ requires 0 <= row && row < points.rows;
      @ requires 0 <= offset && offset + width <= out.length;
      @ assignable out[offset .. offset + width - 1];
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * Writes the bucket key g(points[row]) into {@code out[offset .. offset + width - 1]}:
     * function f's words at {@code offset + starts[f]}. Throws only what a function's
     * {@code hash} throws (e.g. a p-stable bucket beyond +-2^62).
     */
    public void bucketKey(Matrix points, int row, long[] out, int offset) {
        segment(0);
        /*@ loop_invariant 0 <= f && f <= functions.length;
          @ loop_invariant functions != null && starts != null;
          @ loop_invariant \invariant_for(this) && \invariant_for(points);
          @ decreases functions.length - f;
          @ assignable out[offset .. offset + width - 1];
          @*/
        for (int f = 0; f < functions.length; f++) {
            segment(f);
            functions[f].hash(points, row, out, offset + starts[f]);
        }
    }

    /*@ private normal_behavior
      @ requires 0 <= f;
      @ ensures functions != null && starts != null && starts.length == functions.length + 1;
      @ ensures f < functions.length ==> functions[f] != null && \invariant_for(functions[f])
      @     && functions[f].dim() == dim && 0 <= starts[f] && 0 <= functions[f].words()
      @     && starts[f] + functions[f].words() <= width;
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): what the class invariant says of function f's segment
     * [starts[f], starts[f] + words) of the key: within the width, and f's invariant and
     * dimension. ({@link #bucketKey}'s proof keeps the invariant opaque and calls this.)
     */
    private void segment(int f) {
    }

    /*@ public behavior
      @ requires points != null && \invariant_for(points) && points.cols == dim;
      @ ensures \result.length == points.rows * width;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * The bucket keys of all rows, row-major: row i at {@code [i * width, (i + 1) * width)}.
     * Throws when they do not fit one array, or what a function's {@code hash} throws.
     */
    public long[] bucketKeys(Matrix points) {
        segment(0);
        if (points.cols() != dim) {
            throw new IllegalArgumentException(otherColumns(points.describe(), points.cols(),
                    dim));
        }
        int n = points.rows();
        long words = (long) n * width;
        if (words > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(tooManyWords(points.describe(), words));
        }
        long[] keys = new long[n * width];
        /*@ loop_invariant 0 <= i && i <= n && n == points.rows && keys.length == n * width;
          @ loop_invariant \invariant_for(this) && \invariant_for(points);
          @ decreases n - i;
          @ assignable keys[*];
          @*/
        for (int i = 0; i < n; i++) {
            // Lemma calls for the proof (no run-time effect): row i's key, [i w, i w + w), lies
            // in [0, n w).
            IntLemmas.productNonNegative(i, width);
            IntLemmas.productNonNegative(n - 1 - i, width);
            bucketKey(points, i, keys, i * width);
        }
        return keys;
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for points whose column count is not the functions' dimension. */
    private static String otherColumns(String points, int cols, int dim) {
        return points + " has " + cols + " columns but the hash functions expect dimension "
                + dim;
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for bucket keys of more words than one array holds. */
    private static String tooManyWords(String points, long words) {
        return "bucket keys of " + points + " need " + words + " words, more than one array holds";
    }
}
