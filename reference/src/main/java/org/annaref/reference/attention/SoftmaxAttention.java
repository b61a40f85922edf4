package org.annaref.reference.attention;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * Exact softmax attention, out_i = sum_j e^{s_ij} v_j / sum_j e^{s_ij} over the keys the mask
 * allows, with logits s_ij = beta {@code <q_i, k_j>} (MATH.md section 1).
 *
 * <p>Streaming (online) evaluation, so memory stays O(m) per query and no logit overflows: keys
 * are visited in increasing j keeping the running maximum M, denominator D and numerator vector
 * A. The first allowed key sets M = s, D = 1, A = v_j. A later key with s &gt; M rescales by
 * e^{M - s} (D = D e^{M-s} + 1, A = A e^{M-s} + v_j, M = s); otherwise it adds weight e^{s - M}.
 * out_i = A / D. Every exponent is at most 0, so nothing overflows, whatever the logits' size.
 *
 * <p>Readings: with {@code normalize}, q_i and k_j are first divided by their Euclidean norms
 * (a zero row stays zero); a query with no allowed key gets the zero vector; a logit that is not
 * finite (beta q.k overflowed) is an input error, reported with its query and key.
 */
public final class SoftmaxAttention implements Attention {
    private final /*@ spec_public @*/ double beta;
    private final /*@ spec_public @*/ boolean normalize;
    private final /*@ spec_public @*/ AttentionMask mask;

    /*@ public normal_behavior
      @ requires beta > 0 && mask != null;
      @ ensures this.beta == beta && this.normalize == normalize && this.mask == mask;
      @*/
    /** Softmax attention with temperature {@code beta} &gt; 0, optional unit-normalization, and a mask. */
    public SoftmaxAttention(double beta, boolean normalize, AttentionMask mask) {
        this.beta = Require.positive("beta", beta);
        this.normalize = normalize;
        Require.notNull("mask", mask);
        this.mask = mask;
    }

    /*@ public normal_behavior
      @ ensures \result.beta == 1.0 && !\result.normalize;
      @ ensures \result.mask.kind == AttentionMask.NONE;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** Plain softmax(Q K^T) V: beta = 1, no normalization, no mask. */
    public static SoftmaxAttention standard() {
        return new SoftmaxAttention(1.0, false, AttentionMask.none());
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "softmax";
    }

    /*@ public behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows;
      @ requires mask.kind != AttentionMask.NONE ==> q.rows == k.rows;
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
        if (mask.needsSelfAttention()) {
            q.requireSameRows(k);
        }
        Matrix queries = normalize ? UnitRows.of(q) : q;
        Matrix keys = normalize ? UnitRows.of(k) : k;
        int mv = v.cols();
        double[] out = new double[q.rows() * mv];
        double[] acc = new double[mv];
        /*@ loop_invariant 0 <= i && i <= q.rows;
          @ decreases q.rows - i;
          @ assignable out[*], acc[*];
          @*/
        for (int i = 0; i < q.rows(); i++) {
            attendRow(queries, i, keys, v, acc);
            System.arraycopy(acc, 0, out, i * mv, mv);
        }
        return new Matrix("softmax output", q.rows(), mv, out);
    }

    /** Writes out_i into {@code acc} (the streaming evaluation of the class comment). */
    private void attendRow(Matrix q, int i, Matrix k, Matrix v, double[] acc) {
        OnlineSoftmax state = new OnlineSoftmax(acc);
        /*@ loop_invariant 0 <= j && j <= k.rows;
          @ decreases k.rows - j;
          @ assignable acc[*], state.seen, state.max, state.denominator;
          @*/
        for (int j = 0; j < k.rows(); j++) {
            if (mask.allows(i, j)) {
                double logit = beta * RowDot.of(q, i, k, j);
                if (!JdkMath.isFinite(logit)) {
                    throw new IllegalArgumentException("softmax logit beta * <q_" + i + ", k_"
                            + j + "> = " + logit + " is not finite: the inputs are too large");
                }
                state.add(logit, v, j);
            }
        }
        state.finish();
    }
}
