package org.annaref.spec;

/** The shape rules every {@link Attention} checks before computing. */
public final class AttentionShapes {
    private AttentionShapes() {
    }

    /*@ public normal_behavior
      @ requires q != null && k != null && v != null;
      @ requires \invariant_for(q) && \invariant_for(k) && \invariant_for(v);
      @ requires q.cols == k.cols && k.rows == v.rows;
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires q != null && k != null && v != null;
      @ requires \invariant_for(q) && \invariant_for(k) && \invariant_for(v);
      @ requires q.cols != k.cols || k.rows != v.rows;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * Throws unless queries and keys have the same width and keys and values the same count.
     * Nulls are rejected by name too.
     */
    public static void check(Matrix q, Matrix k, Matrix v) {
        Require.notNull("Q", q);
        Require.notNull("K", k);
        Require.notNull("V", v);
        q.requireSameCols(k);
        k.requireSameRows(v);
    }

    /*@ public normal_behavior
      @ requires q != null && k != null && v != null;
      @ requires \invariant_for(q) && \invariant_for(k) && \invariant_for(v);
      @ requires q.rows == k.rows && k.rows == v.rows && q.cols == k.cols;
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires q != null && k != null && v != null;
      @ requires \invariant_for(q) && \invariant_for(k) && \invariant_for(v);
      @ requires q.cols != k.cols || k.rows != v.rows || q.rows != k.rows;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** As {@link #check}, and also requires as many queries as keys (self-attention masks). */
    public static void checkSelfAttention(Matrix q, Matrix k, Matrix v) {
        check(q, k, v);
        q.requireSameRows(k);
    }
}
