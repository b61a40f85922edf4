package org.annaref.reference.attention;

import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;

/**
 * Linear attention (seed softmax-vs-linear-attention, Defs. 3.2, C.1): the softmax with exp
 * replaced by the identity, out_i = sum_j {@code <q_i, k_j>} v_j / sum_j {@code <q_i, k_j>}.
 *
 * <p>Evaluated directly, key by key in increasing j (O(N^2 m): this is the reference, the
 * factorized O(N m^2) form is the low-rank one). A denominator &lt;= 0 follows the
 * {@link DenominatorPolicy}.
 */
public final class LinearAttention implements Attention {
    private final /*@ spec_public @*/ int policy;

    /*@ public normal_behavior
      @ requires policy == DenominatorPolicy.REJECT || policy == DenominatorPolicy.ZERO_ROW;
      @ ensures this.policy == policy;
      @*/
    /** Linear attention with the given {@link DenominatorPolicy}. */
    public LinearAttention(int policy) {
        this.policy = DenominatorPolicy.check(policy);
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "linear";
    }

    /*@ public behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows;
      @ requires policy == DenominatorPolicy.ZERO_ROW;
      @ ensures \result.rows == q.rows && \result.cols == v.cols;
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols != k.cols || k.rows != v.rows;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public Matrix attend(Matrix q, Matrix k, Matrix v) {
        AttentionShapes.check(q, k, v);
        int mv = v.cols();
        double[] out = new double[q.rows() * mv];
        double[] numerator = new double[mv];
        /*@ loop_invariant 0 <= i && i <= q.rows;
          @ decreases q.rows - i;
          @ assignable out[*], numerator[*];
          @*/
        for (int i = 0; i < q.rows(); i++) {
            double denominator = 0.0;
            /*@ loop_invariant 0 <= t && t <= mv;
              @ decreases mv - t;
              @ assignable numerator[*];
              @*/
            for (int t = 0; t < mv; t++) {
                numerator[t] = 0.0;
            }
            /*@ loop_invariant 0 <= j && j <= k.rows;
              @ decreases k.rows - j;
              @ assignable numerator[*];
              @*/
            for (int j = 0; j < k.rows(); j++) {
                double score = RowDot.of(q, i, k, j);
                denominator += score;
                /*@ loop_invariant 0 <= u && u <= mv;
                  @ decreases mv - u;
                  @ assignable numerator[*];
                  @*/
                for (int u = 0; u < mv; u++) {
                    numerator[u] += score * v.get(j, u);
                }
            }
            if (DenominatorPolicy.usable(policy, "linear attention", i, denominator)) {
                /*@ loop_invariant 0 <= w && w <= mv;
                  @ decreases mv - w;
                  @ assignable out[*];
                  @*/
                for (int w = 0; w < mv; w++) {
                    out[i * mv + w] = numerator[w] / denominator;
                }
            }
        }
        return new Matrix("linear attention output", q.rows(), mv, out);
    }
}
