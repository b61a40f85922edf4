package org.annaref.reference.attention;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.Matrix;

/**
 * Row-wise unit normalization x / ||x||, with ||x|| computed as a sqrt(sum (x_t / a)^2) for
 * a = max |x_t| (no overflow or underflow). A zero row stays zero: it has no direction.
 */
public final class UnitRows {
    private UnitRows() {
    }

    /*@ public normal_behavior
      @ requires points != null;
      @ ensures \result.rows == points.rows && \result.cols == points.cols;
      @*/
    /** Every row of {@code points} divided by its Euclidean norm. */
    public static Matrix of(Matrix points) {
        int m = points.cols();
        double[] data = points.toArray();
        /*@ loop_invariant 0 <= i && i <= points.rows;
          @ decreases points.rows - i;
          @ assignable data[*];
          @*/
        for (int i = 0; i < points.rows(); i++) {
            double largest = 0.0;
            /*@ loop_invariant 0 <= t && t <= m;
              @ decreases m - t;
              @ assignable \strictly_nothing;
              @*/
            for (int t = 0; t < m; t++) {
                largest = Math.max(largest, Math.abs(data[i * m + t]));
            }
            if (largest > 0.0) {
                // Scale by the largest entry first so the squares neither overflow nor underflow.
                double sum = 0.0;
                /*@ loop_invariant 0 <= u && u <= m;
                  @ decreases m - u;
                  @ assignable \strictly_nothing;
                  @*/
                for (int u = 0; u < m; u++) {
                    double scaled = data[i * m + u] / largest;
                    sum += scaled * scaled;
                }
                double norm = largest * JdkMath.sqrt(sum);
                /*@ loop_invariant 0 <= w && w <= m;
                  @ decreases m - w;
                  @ assignable data[*];
                  @*/
                for (int w = 0; w < m; w++) {
                    data[i * m + w] = data[i * m + w] / norm;
                }
            }
        }
        return new Matrix(points.name() + " (unit rows)", points.rows(), m, data);
    }
}
