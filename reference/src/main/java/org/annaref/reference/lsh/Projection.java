package org.annaref.reference.lsh;

import org.annaref.spec.Matrix;

/**
 * The projection every projecting family uses: {@code <a, x>} summed in coordinate order,
 * starting from +0.0, as separate multiply and add (no fused multiply-add). Stating the order
 * lets another implementation reproduce each projection bit for bit.
 */
public final class Projection {
    private Projection() {
    }

    /*@ public normal_behavior
      @ requires a != null && x != null && 0 <= aOffset && aOffset + x.cols <= a.length;
      @ requires 0 <= row && row < x.rows;
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** {@code sum over t of a[aOffset + t] * x[row][t]}, in increasing t. */
    public static double dot(double[] a, int aOffset, Matrix x, int row) {
        int m = x.cols();
        double sum = 0.0;
        /*@ loop_invariant 0 <= t && t <= m;
          @ decreases m - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < m; t++) {
            sum += a[aOffset + t] * x.get(row, t);
        }
        return sum;
    }

    /*@ public normal_behavior
      @ requires a != null && x != null && a.length == x.length;
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** {@code <a, x>} for plain vectors, in the same order. */
    public static double dot(double[] a, double[] x) {
        double sum = 0.0;
        /*@ loop_invariant 0 <= t && t <= a.length;
          @ decreases a.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < a.length; t++) {
            sum += a[t] * x[t];
        }
        return sum;
    }
}
