package org.annaref.checks;

import org.annaref.reference.random.SplitMix64;

/** Points on the unit sphere at controlled distances, from the project's seeded generator. */
public final class Geometry {
    private Geometry() {
    }

    /** A uniformly random unit vector of dimension {@code dim}. */
    public static double[] randomUnit(int dim, SplitMix64 random) {
        double[] x = new double[dim];
        double norm = 0;
        while (norm == 0) {
            for (int t = 0; t < dim; t++) {
                x[t] = random.nextGaussian();
                norm += x[t] * x[t];
            }
        }
        norm = Math.sqrt(norm);
        for (int t = 0; t < dim; t++) {
            x[t] /= norm;
        }
        return x;
    }

    /**
     * A unit vector at Euclidean distance {@code d} (0 &lt;= d &lt;= 2) from the unit vector
     * {@code x}, in a uniformly random direction orthogonal to x: cos(theta) x + sin(theta) u with
     * theta = 2 asin(d / 2).
     */
    public static double[] atDistance(double[] x, double d, SplitMix64 random) {
        double[] u = randomUnit(x.length, random);
        double dot = 0;
        for (int t = 0; t < x.length; t++) {
            dot += u[t] * x[t];
        }
        double norm = 0;
        for (int t = 0; t < x.length; t++) {
            u[t] -= dot * x[t];
            norm += u[t] * u[t];
        }
        norm = Math.sqrt(norm);
        double theta = 2 * StrictMath.asin(d / 2);
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            out[t] = StrictMath.cos(theta) * x[t] + StrictMath.sin(theta) * u[t] / norm;
        }
        return out;
    }

    /**
     * The axis-aligned pair at distance d: e_k and cos(theta) e_k + sin(theta) e_{k+1 mod dim}
     * (dim &gt;= 2). Pairs on coordinate axes expose bugs that touch single coordinates.
     */
    public static double[][] axisPair(int dim, int k, double d) {
        double theta = 2 * StrictMath.asin(d / 2);
        double[] x = new double[dim];
        double[] y = new double[dim];
        x[k % dim] = 1;
        y[k % dim] = StrictMath.cos(theta);
        y[(k + 1) % dim] = StrictMath.sin(theta);
        return new double[][] {x, y};
    }
}
