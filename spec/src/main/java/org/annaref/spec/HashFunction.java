package org.annaref.spec;

/**
 * One sampled member h of an LSH family: data (its projection vectors, offsets, coordinates),
 * so it can be exported, re-imported and handed to another implementation.
 *
 * <p>A value of h is a fixed number of {@code long} words ({@link #words()}): one word for the
 * LSH families, {@code dim} words for the exact-identity family whose bucket is the key itself.
 * Two points collide under h exactly when all their words are equal.
 */
public interface HashFunction {
    // Dependency contracts (KeY): an implementation's invariant, dim() and words() read only its
    // own fields, so writing into a key array or allocating leaves them unchanged; proven for
    // every implementation (TableHash.bucketKey's proof carries them across the writes). The
    // postconditions \result == dim() and \result == words() tie a call's result to the value
    // the specifications name (TableHash's constructor stores what it read as its invariant).
    /*@ public accessible \inv: this.*;
      @*/

    /*@ public normal_behavior
      @ ensures \result >= 1 && \result == dim();
      @ assignable \strictly_nothing;
      @ accessible this.*;
      @*/
    /** The input dimension m. */
    int dim();

    /*@ public normal_behavior
      @ ensures \result >= 1 && \result == words();
      @ assignable \strictly_nothing;
      @ accessible this.*;
      @*/
    /** How many {@code long} words one value of this function occupies. */
    int words();

    /*@ public behavior
      @ requires points != null && out != null && \invariant_for(points);
      @ requires points.cols == dim();
      @ requires 0 <= row && row < points.rows;
      @ requires 0 <= offset && offset + words() <= out.length;
      @ assignable out[offset .. offset + words() - 1];
      @ signals_only IllegalArgumentException;
      @*/
    /** Writes h(points[row]) into {@code out[offset .. offset + words() - 1]}. */
    void hash(Matrix points, int row, long[] out, int offset);
}
