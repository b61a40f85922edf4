package org.annaref.spec;

import org.annaref.bridge.JdkMath;

/**
 * The distances the contracts are stated in.
 *
 * <p>Reading (MATH.md leaves it open): the Euclidean distance is computed in double as
 * {@code sqrt(sum over t = 0..m-1 of (x_t - y_t)^2)}, summing in coordinate order from +0.0;
 * "within r" means {@code distance <= r} and "within cr" means {@code distance <= c * r}, both
 * compared in double. Every checker in the project uses these two methods, so all of them agree
 * on which keys are near, including at the boundary.
 */
public final class Distances {
    private Distances() {
    }

    /*@ public normal_behavior
      @ requires a != null && b != null && a.cols == b.cols;
      @ requires 0 <= i && i < a.rows && 0 <= j && j < b.rows;
      @ ensures \result >= 0;
      @*/
    /** ||a[i] - b[j]||, summed in coordinate order. */
    public static double euclidean(Matrix a, int i, Matrix b, int j) {
        double sum = 0.0;
        int m = a.cols();
        /*@ loop_invariant 0 <= t && t <= m;
          @ decreases m - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < m; t++) {
            double d = a.get(i, t) - b.get(j, t);
            sum += d * d;
        }
        return JdkMath.sqrt(sum);
    }

    /*@ public normal_behavior
      @ requires x != null && y != null && x.length == y.length;
      @ ensures \result >= 0;
      @*/
    /** ||x - y||, summed in coordinate order. */
    public static double euclidean(double[] x, double[] y) {
        double sum = 0.0;
        /*@ loop_invariant 0 <= t && t <= x.length;
          @ decreases x.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < x.length; t++) {
            double d = x[t] - y[t];
            sum += d * d;
        }
        return JdkMath.sqrt(sum);
    }

    /*@ public normal_behavior
      @ requires x != null && y != null && x.length == y.length;
      @ ensures \result == (\num_of int t; 0 <= t && t < x.length; x[t] != y[t]);
      @ assignable \strictly_nothing;
      @*/
    /** The Hamming distance: the number of coordinates where x and y differ. */
    public static int hamming(double[] x, double[] y) {
        int count = 0;
        /*@ loop_invariant 0 <= t && t <= x.length;
          @ loop_invariant count == (\num_of int s; 0 <= s && s < t; x[s] != y[s]);
          @ loop_invariant 0 <= count && count <= t;
          @ decreases x.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < x.length; t++) {
            if (x[t] != y[t]) {
                count++;
            }
        }
        return count;
    }

    /*@ public normal_behavior
      @ requires x != null && y != null && x.length == y.length;
      @ ensures 0 <= \result;
      @*/
    /**
     * The angle between x and y in [0, pi], by Kahan's formula 2 atan2(||u - v||, ||u + v||)
     * on the unit vectors u = x/||x||, v = y/||y|| (accurate near 0 and pi, where acos of the
     * cosine loses half the digits). A zero vector has no direction; by this project's reading
     * its angle to anything is pi/2.
     */
    public static double angle(double[] x, double[] y) {
        double xNorm = norm(x);
        double yNorm = norm(y);
        if (xNorm == 0.0 || yNorm == 0.0) {
            return Math.PI / 2.0;
        }
        double difference = 0.0;
        double sum = 0.0;
        /*@ loop_invariant 0 <= t && t <= x.length;
          @ decreases x.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < x.length; t++) {
            double u = x[t] / xNorm;
            double v = y[t] / yNorm;
            difference += (u - v) * (u - v);
            sum += (u + v) * (u + v);
        }
        return 2.0 * JdkMath.atan2(JdkMath.sqrt(difference), JdkMath.sqrt(sum));
    }

    /*@ public normal_behavior
      @ requires x != null;
      @ ensures 0 <= \result;
      @*/
    /** ||x||, scaled by max |x_t| first so that the squares neither overflow nor underflow. */
    public static double norm(double[] x) {
        double largest = 0.0;
        /*@ loop_invariant 0 <= t && t <= x.length;
          @ decreases x.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < x.length; t++) {
            largest = Math.max(largest, Math.abs(x[t]));
        }
        if (largest == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        /*@ loop_invariant 0 <= s && s <= x.length;
          @ decreases x.length - s;
          @ assignable \strictly_nothing;
          @*/
        for (int s = 0; s < x.length; s++) {
            double scaled = x[s] / largest;
            sum += scaled * scaled;
        }
        return largest * JdkMath.sqrt(sum);
    }

    /*@ public normal_behavior
      @ requires q != null && k != null && q.cols == k.cols && 0 <= i && i < q.rows;
      @ ensures \result.length == k.rows;
      @ ensures \fresh(\result);
      @*/
    /** The distances from query i to every key, in key order. */
    public static double[] fromQuery(Matrix q, int i, Matrix k) {
        int n = k.rows();
        double[] out = new double[n];
        /*@ loop_invariant 0 <= j && j <= n;
          @ decreases n - j;
          @ assignable out[*];
          @*/
        for (int j = 0; j < n; j++) {
            out[j] = euclidean(q, i, k, j);
        }
        return out;
    }
}
