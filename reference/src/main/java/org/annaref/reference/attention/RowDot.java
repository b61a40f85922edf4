package org.annaref.reference.attention;

import org.annaref.spec.Matrix;

/** {@code <a_i, b_j>} for rows of two matrices, summed in coordinate order from +0.0. */
final class RowDot {
    private RowDot() {
    }

    /*@ public normal_behavior
      @ requires a != null && b != null && a.cols == b.cols;
      @ requires 0 <= i && i < a.rows && 0 <= j && j < b.rows;
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    static double of(Matrix a, int i, Matrix b, int j) {
        double sum = 0.0;
        int m = a.cols();
        /*@ loop_invariant 0 <= t && t <= m;
          @ decreases m - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < m; t++) {
            sum += a.get(i, t) * b.get(j, t);
        }
        return sum;
    }
}
