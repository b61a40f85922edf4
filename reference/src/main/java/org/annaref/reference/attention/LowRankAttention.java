package org.annaref.reference.attention;

import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;

/**
 * Low-rank (kernel) attention (ANNA appendix D): out = Q' (K'^T V), computed without the N x N
 * matrix in O(N r m) time. The caller passes the feature maps already applied: the "queries"
 * are Q' (n x r) and the "keys" K' (N x r).
 *
 * <p>Order: M = K'^T V with M[a][t] = sum_j K'[j][a] V[j][t] in increasing j from +0.0, then
 * out_i[t] = sum_a Q'[i][a] M[a][t] in increasing a. With {@code normalized}, out_i is divided
 * by Q'_i (K'^T 1) (the same orders), and a denominator &lt;= 0 follows the
 * {@link DenominatorPolicy}.
 */
public final class LowRankAttention implements Attention {
    private final /*@ spec_public @*/ boolean normalized;
    private final /*@ spec_public @*/ int policy;

    /*@ public normal_behavior
      @ requires policy == DenominatorPolicy.REJECT || policy == DenominatorPolicy.ZERO_ROW;
      @ ensures this.normalized == normalized && this.policy == policy;
      @*/
    /** Q'(K'^T V), divided by Q'(K'^T 1) when {@code normalized}. */
    public LowRankAttention(boolean normalized, int policy) {
        this.normalized = normalized;
        this.policy = DenominatorPolicy.check(policy);
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return normalized ? "lowrank-normalized" : "lowrank";
    }

    /*@ public behavior
      @ requires qFeatures != null && kFeatures != null && v != null;
      @ requires qFeatures.cols == kFeatures.cols && kFeatures.rows == v.rows;
      @ requires !normalized || policy == DenominatorPolicy.ZERO_ROW;
      @ ensures \result.rows == qFeatures.rows && \result.cols == v.cols;
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires qFeatures != null && kFeatures != null && v != null;
      @ requires qFeatures.cols != kFeatures.cols || kFeatures.rows != v.rows;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public Matrix attend(Matrix qFeatures, Matrix kFeatures, Matrix v) {
        AttentionShapes.check(qFeatures, kFeatures, v);
        int rank = kFeatures.cols();
        int mv = v.cols();
        double[] kv = new double[rank * mv];
        double[] kSum = new double[rank];
        /*@ loop_invariant 0 <= j && j <= kFeatures.rows;
          @ decreases kFeatures.rows - j;
          @ assignable kv[*], kSum[*];
          @*/
        for (int j = 0; j < kFeatures.rows(); j++) {
            /*@ loop_invariant 0 <= a && a <= rank;
              @ decreases rank - a;
              @ assignable kv[*], kSum[*];
              @*/
            for (int a = 0; a < rank; a++) {
                double feature = kFeatures.get(j, a);
                kSum[a] += feature;
                /*@ loop_invariant 0 <= t && t <= mv;
                  @ decreases mv - t;
                  @ assignable kv[*];
                  @*/
                for (int t = 0; t < mv; t++) {
                    kv[a * mv + t] += feature * v.get(j, t);
                }
            }
        }
        double[] out = new double[qFeatures.rows() * mv];
        /*@ loop_invariant 0 <= i && i <= qFeatures.rows;
          @ decreases qFeatures.rows - i;
          @ assignable out[*];
          @*/
        for (int i = 0; i < qFeatures.rows(); i++) {
            writeRow(qFeatures, i, kv, kSum, mv, out);
        }
        return new Matrix(name() + " output", qFeatures.rows(), mv, out);
    }

    /** out_i = Q'_i M (divided by Q'_i (K'^T 1) when normalized). */
    private void writeRow(Matrix qFeatures, int i, double[] kv, double[] kSum, int mv,
            double[] out) {
        int rank = qFeatures.cols();
        double denominator = 0.0;
        /*@ loop_invariant 0 <= a && a <= rank;
          @ decreases rank - a;
          @ assignable \strictly_nothing;
          @*/
        for (int a = 0; a < rank; a++) {
            denominator += qFeatures.get(i, a) * kSum[a];
        }
        if (normalized && !DenominatorPolicy.usable(policy, name(), i, denominator)) {
            return;
        }
        /*@ loop_invariant 0 <= t && t <= mv;
          @ decreases mv - t;
          @ assignable out[*];
          @*/
        for (int t = 0; t < mv; t++) {
            double sum = 0.0;
            /*@ loop_invariant 0 <= b && b <= rank;
              @ decreases rank - b;
              @ assignable \strictly_nothing;
              @*/
            for (int b = 0; b < rank; b++) {
                sum += qFeatures.get(i, b) * kv[b * mv + t];
            }
            out[i * mv + t] = normalized ? sum / denominator : sum;
        }
    }
}
