package org.annaref.reference.lsh;

import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;

/**
 * The argument checks shared by every {@link HashFunction#hash} implementation. The caller
 * passes its own {@code dim()} and {@code words()}, so the checks are plain integer comparisons.
 */
final class HashInputs {
    private HashInputs() {
    }

    /*@ public normal_behavior
      @ requires points != null && out != null && \invariant_for(points) && words >= 1;
      @ requires points.cols == dim && 0 <= row && row < points.rows;
      @ requires 0 <= offset && offset <= out.length - words;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires points != null && out != null && \invariant_for(points) && words >= 1;
      @ requires points.cols != dim || row < 0 || row >= points.rows
      @       || offset < 0 || offset > out.length - words;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * Throws unless points has the hash function's dimension {@code dim}, row exists and out
     * has room for {@code words} words at offset.
     */
    static void check(int dim, int words, Matrix points, int row, long[] out, int offset) {
        if (points.cols() != dim) {
            throw new IllegalArgumentException(wrongDimension(points, dim));
        }
        if (row < 0 || row >= points.rows()) {
            throw new IllegalArgumentException(rowOutside(row, points));
        }
        if (offset < 0 || offset > out.length - words) {
            throw new IllegalArgumentException(noRoom(offset, words, out.length));
        }
    }

    /*@ private normal_behavior
      @ requires points != null && \invariant_for(points);
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for points whose width is not the hash function's dimension. */
    private static String wrongDimension(Matrix points, int dim) {
        return points.describe() + " has " + points.cols()
                + " columns but the hash function expects dimension " + dim;
    }

    /*@ private normal_behavior
      @ requires points != null && \invariant_for(points);
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for a row index outside the points. */
    private static String rowOutside(int row, Matrix points) {
        return "row " + row + " is outside " + points.describe();
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for an offset that leaves no room for the words. */
    private static String noRoom(int offset, int words, int length) {
        return "offset " + offset + " leaves no room for " + words + " words in an array of "
                + length;
    }
}
