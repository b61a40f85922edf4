package org.annaref.spec;

/**
 * An attention mechanism: from queries Q (n x m), keys K (N x m) and values V (N x m_v) it
 * computes one output row per query (n x m_v).
 *
 * <p>Every implementation validates its inputs first (matching columns of Q and K, matching
 * rows of K and V) and throws {@link IllegalArgumentException} naming the matrix at fault.
 * N = 0 keys is defined: every output row is the zero vector.
 */
public interface Attention {
    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    /** A short name for tables and messages. */
    String name();

    /*@ public behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows;
      @ ensures \result.rows == q.rows && \result.cols == v.cols;
      @ signals_only IllegalArgumentException;
      @*/
    /** The attention output, one row per query. */
    Matrix attend(Matrix q, Matrix k, Matrix v);
}
