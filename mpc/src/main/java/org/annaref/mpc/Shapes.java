package org.annaref.mpc;

import org.annaref.spec.Matrix;

/** Input checks shared by the attention protocols, before any simulation starts. */
final class Shapes {
    private Shapes() {
    }

    /** q, k: N x m; v: N x m_v; all non-null, N &gt;= 1 (self-attention over N tokens). */
    static void check(Matrix q, Matrix k, Matrix v) {
        if (q == null || k == null || v == null) {
            throw new IllegalArgumentException("q, k and v must not be null");
        }
        if (q.rows() < 1) {
            throw new IllegalArgumentException("N must be >= 1, got q with " + q.rows() + " rows");
        }
        if (k.rows() != q.rows() || v.rows() != q.rows()) {
            throw new IllegalArgumentException("q, k, v must have the same N rows, got "
                    + q.rows() + ", " + k.rows() + ", " + v.rows());
        }
        if (k.cols() != q.cols()) {
            throw new IllegalArgumentException("q and k must have one width m, got " + q.cols()
                    + " and " + k.cols());
        }
    }
}
