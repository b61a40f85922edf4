package org.annaref.checks.stats;

import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;

/** Counting how often freshly sampled functions of a family give two points the same value. */
public final class Collisions {
    private Collisions() {
    }

    /**
     * The number of functions i = 0..trials-1, each sampled with seed
     * {@code SplitMix64.derive(seed, i)}, with h_i(x) = h_i(y).
     */
    public static int count(LshFamily family, double[] x, double[] y, int trials, long seed) {
        Matrix points = pair(x, y);
        int collisions = 0;
        for (int i = 0; i < trials; i++) {
            HashFunction h = family.sample(x.length, SplitMix64.derive(seed, i));
            collisions += collide(h, points) ? 1 : 0;
        }
        return collisions;
    }

    /** The two points as a 2 x m matrix. */
    public static Matrix pair(double[] x, double[] y) {
        double[] data = new double[2 * x.length];
        System.arraycopy(x, 0, data, 0, x.length);
        System.arraycopy(y, 0, data, x.length, y.length);
        return new Matrix("pair", 2, x.length, data);
    }

    /** True when h gives rows 0 and 1 of {@code points} the same value. */
    public static boolean collide(HashFunction h, Matrix points) {
        long[] a = new long[h.words()];
        long[] b = new long[h.words()];
        h.hash(points, 0, a, 0);
        h.hash(points, 1, b, 0);
        return java.util.Arrays.equals(a, b);
    }
}
