package org.annaref.spec;

/**
 * Exact Match Attention (MATH.md section 1; appendix Def. B.1) as an executable definition.
 *
 * <p>N(q) = { j : k_j = q }; EMA(q_i) = (1/|N(q_i)|) sum_{j in N(q_i)} v_j, or the zero vector
 * when N(q_i) is empty.
 *
 * <p>Reading (key equality for floats): two vectors are equal when every coordinate compares
 * equal with {@code ==}. For the finite doubles a {@link Matrix} holds this is exactly "same
 * IEEE bits after turning -0.0 into +0.0" (NaN cannot occur: matrices reject it). The sum runs
 * over matching keys in increasing j, starting from +0.0; each coordinate is then divided by the
 * count. The reference EMA follows the same order, so it equals this definition bit for bit.
 */
public final class EmaContract {
    private EmaContract() {
    }

    /*@ public normal_behavior
      @ requires q != null && k != null && q.cols == k.cols;
      @ requires 0 <= i && i < q.rows && 0 <= j && j < k.rows;
      @ ensures \result <==> (\forall int t; 0 <= t && t < q.cols; q.get(i, t) == k.get(j, t));
      @*/
    /** True when key j equals query i exactly (coordinate-wise {@code ==}). */
    public static boolean matches(Matrix q, int i, Matrix k, int j) {
        int m = q.cols();
        /*@ loop_invariant 0 <= t && t <= m;
          @ loop_invariant (\forall int s; 0 <= s && s < t; q.get(i, s) == k.get(j, s));
          @ decreases m - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < m; t++) {
            if (q.get(i, t) != k.get(j, t)) {
                return false;
            }
        }
        return true;
    }

    /*@ public normal_behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows && 0 <= i && i < q.rows;
      @ ensures \result.length == v.cols;
      @*/
    /** EMA(q_i) by the definition: a linear scan over all keys. */
    public static double[] expectedRow(Matrix q, int i, Matrix k, Matrix v) {
        int width = v.cols();
        double[] sum = new double[width];
        long count = 0;
        /*@ loop_invariant 0 <= j && j <= k.rows && 0 <= count && count <= j;
          @ decreases k.rows - j;
          @ assignable sum[*];
          @*/
        for (int j = 0; j < k.rows(); j++) {
            if (matches(q, i, k, j)) {
                count++;
                /*@ loop_invariant 0 <= t && t <= width;
                  @ decreases width - t;
                  @ assignable sum[*];
                  @*/
                for (int t = 0; t < width; t++) {
                    sum[t] += v.get(j, t);
                }
            }
        }
        if (count > 0) {
            /*@ loop_invariant 0 <= u && u <= width;
              @ decreases width - u;
              @ assignable sum[*];
              @*/
            for (int u = 0; u < width; u++) {
                sum[u] = sum[u] / (double) count;
            }
        }
        return sum;
    }

    /*@ public normal_behavior
      @ requires output != null && expected != null && tolerance >= 0;
      @ ensures \result != null && \result.query == query;
      @*/
    /**
     * Compares an output row with the expected EMA row: entry t passes when
     * {@code |output[t] - expected[t]| <= tolerance * max(1, |expected[t]|)}; tolerance 0 means
     * exact equality.
     */
    public static RowVerdict checkRow(int query, double[] output, double[] expected,
            double tolerance) {
        if (output.length != expected.length) {
            return RowVerdict.violation(query, RowVerdict.WRONG_OUTPUT, -1, 0.0, output.length,
                    expected.length);
        }
        /*@ loop_invariant 0 <= t && t <= output.length;
          @ decreases output.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < output.length; t++) {
            double scale = Math.max(1.0, Math.abs(expected[t]));
            if (!(Math.abs(output[t] - expected[t]) <= tolerance * scale)) {
                return RowVerdict.violation(query, RowVerdict.WRONG_OUTPUT, -1, 0.0, output[t],
                        expected[t]);
            }
        }
        return RowVerdict.valid(query);
    }
}
