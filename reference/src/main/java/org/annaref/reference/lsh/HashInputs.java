package org.annaref.reference.lsh;

import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;

/** The argument checks shared by every {@link HashFunction#hash} implementation. */
final class HashInputs {
    private HashInputs() {
    }

    /*@ public normal_behavior
      @ requires h != null && points != null && out != null;
      @ requires points.cols == h.dim() && 0 <= row && row < points.rows;
      @ requires 0 <= offset && offset + h.words() <= out.length;
      @ ensures true;
      @*/
    /** Throws unless points has h's dimension, row exists and out has room at offset. */
    static void check(HashFunction h, Matrix points, int row, long[] out, int offset) {
        if (points.cols() != h.dim()) {
            throw new IllegalArgumentException(points.describe() + " has " + points.cols()
                    + " columns but the hash function expects dimension " + h.dim());
        }
        if (row < 0 || row >= points.rows()) {
            throw new IllegalArgumentException("row " + row + " is outside "
                    + points.describe());
        }
        if (offset < 0 || offset > out.length - h.words()) {
            throw new IllegalArgumentException("offset " + offset + " leaves no room for "
                    + h.words() + " words in an array of " + out.length);
        }
    }
}
