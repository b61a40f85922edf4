package org.annaref.reference.attention;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.Matrix;

/**
 * The running state of one query's streaming softmax: maximum logit M, denominator D and
 * numerator A (held in the caller's array). See {@link SoftmaxAttention} for the update rule.
 */
final class OnlineSoftmax {
    private final /*@ spec_public @*/ double[] acc;
    /*@ spec_public @*/ boolean seen;
    /*@ spec_public @*/ double max;
    /*@ spec_public @*/ double denominator;

    /*@ normal_behavior
      @ requires acc != null;
      @ ensures this.acc == acc && !seen;
      @*/
    OnlineSoftmax(double[] acc) {
        this.acc = acc;
        this.seen = false;
        this.max = 0.0;
        this.denominator = 0.0;
    }

    /*@ normal_behavior
      @ requires v != null && 0 <= j && j < v.rows && v.cols == acc.length;
      @ ensures seen;
      @ assignable acc[*], seen, max, denominator;
      @*/
    /** Takes key j with logit {@code logit} and value row v_j into the state. */
    void add(double logit, Matrix v, int j) {
        int mv = acc.length;
        if (!seen) {
            seen = true;
            max = logit;
            denominator = 1.0;
            /*@ loop_invariant 0 <= t && t <= mv;
              @ decreases mv - t;
              @ assignable acc[*];
              @*/
            for (int t = 0; t < mv; t++) {
                acc[t] = v.get(j, t);
            }
        } else if (logit > max) {
            double scale = JdkMath.exp(max - logit);
            denominator = denominator * scale + 1.0;
            /*@ loop_invariant 0 <= u && u <= mv;
              @ decreases mv - u;
              @ assignable acc[*];
              @*/
            for (int u = 0; u < mv; u++) {
                acc[u] = acc[u] * scale + v.get(j, u);
            }
            max = logit;
        } else {
            double weight = JdkMath.exp(logit - max);
            denominator += weight;
            /*@ loop_invariant 0 <= s && s <= mv;
              @ decreases mv - s;
              @ assignable acc[*];
              @*/
            for (int s = 0; s < mv; s++) {
                acc[s] += weight * v.get(j, s);
            }
        }
    }

    /*@ normal_behavior
      @ assignable acc[*];
      @*/
    /** Turns the state into the output row A / D, or zeros if no key was taken. */
    void finish() {
        /*@ loop_invariant 0 <= t && t <= acc.length;
          @ decreases acc.length - t;
          @ assignable acc[*];
          @*/
        for (int t = 0; t < acc.length; t++) {
            acc[t] = seen ? acc[t] / denominator : 0.0;
        }
    }
}
