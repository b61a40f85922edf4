package org.annaref.checks.stats;

import org.annaref.checks.Geometry;
import org.annaref.reference.random.SplitMix64;

/**
 * Where a family's input pairs live, and how a pair at a given distance is drawn. Half of the
 * pairs are axis-aligned (they expose bugs that touch single coordinates), half are in random
 * directions (they cover the rest of the space).
 */
public enum PairDomain {
    /** Unit vectors (hyperplane, cross-polytope); distance in [0, 2]. */
    UNIT_SPHERE,
    /** R^m (p-stable); any distance. */
    EUCLIDEAN,
    /** {0, 1}^m (bit sampling); distance sqrt(Hamming), so d^2 must be an integer <= m. */
    BINARY;

    /**
     * Pair number {@code index} of {@code pairs} at Euclidean distance {@code d}, dimension
     * {@code dim}. The axis-aligned pairs (even indices) start at the last coordinate and step
     * evenly through all of them, so every coordinate is someone's axis.
     */
    public double[][] pair(int dim, double d, int index, int pairs, SplitMix64 random) {
        boolean axis = index % 2 == 0;
        int axisPairs = Math.max(1, (pairs + 1) / 2);
        int stride = Math.max(1, dim / axisPairs);
        int k = Math.floorMod(dim - 1 - (index / 2) * stride, dim);
        switch (this) {
            case UNIT_SPHERE: {
                if (axis) {
                    return Geometry.axisPair(dim, k, d);
                }
                double[] x = Geometry.randomUnit(dim, random);
                return new double[][] {x, Geometry.atDistance(x, d, random)};
            }
            case EUCLIDEAN: {
                double[] x = new double[dim];
                for (int t = 0; t < dim; t++) {
                    x[t] = random.nextGaussian();
                }
                double[] u = axis ? new double[dim] : Geometry.randomUnit(dim, random);
                if (axis) {
                    u[k] = 1;
                }
                double[] y = new double[dim];
                for (int t = 0; t < dim; t++) {
                    y[t] = x[t] + d * u[t];
                }
                return new double[][] {x, y};
            }
            default: {
                int hamming = (int) Math.round(d * d);
                if (hamming > dim || Math.abs(hamming - d * d) > 1e-9) {
                    throw new IllegalArgumentException("binary vectors in dimension " + dim
                            + " cannot be at distance " + d);
                }
                double[] x = new double[dim];
                for (int t = 0; t < dim; t++) {
                    x[t] = random.nextInt(2);
                }
                double[] y = x.clone();
                int[] order = permutation(dim, random);
                for (int f = 0; f < hamming; f++) {
                    int t = axis ? (k + f) % dim : order[f];
                    y[t] = 1 - y[t];
                }
                return new double[][] {x, y};
            }
        }
    }

    private static int[] permutation(int n, SplitMix64 random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = p[i];
            p[i] = p[j];
            p[j] = swap;
        }
        return p;
    }
}
