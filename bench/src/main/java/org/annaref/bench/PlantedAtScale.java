package org.annaref.bench;

import org.annaref.checks.Geometry;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Matrix;
import org.annaref.twin.Parallel;

/**
 * The planted instance of the quality sweep at benchmark sizes, built in O(N m): N unit queries
 * q_i uniform on the sphere, key k_i at a distance uniform in [r/2, r] from q_i (the planted near
 * key), values Gaussian. Every other pair is a uniformly random pair of unit vectors, at distance
 * about sqrt 2, far beyond c r.
 *
 * <p>Unlike {@code checks.PlantedInstance}, far pairs are not verified by brute force (that is
 * O(N^2 m), the cost of exact attention itself). The quality check needs no such promise for
 * keys within c r (a colliding key's distance is computed and judged), only that no key other
 * than the planted one lies within r of a query; {@link #strayNearBound} bounds the probability
 * of the opposite, and {@code QualitySweepTest} checks it by brute force at N = 400. Row i uses its
 * own sub-stream of the seed, so rows are generated in parallel and reproducibly.
 */
public final class PlantedAtScale {
    private final Matrix q;
    private final Matrix k;
    private final Matrix v;
    private final AnnaParams params;

    private PlantedAtScale(Matrix q, Matrix k, Matrix v, AnnaParams params) {
        this.q = q;
        this.k = k;
        this.v = v;
        this.params = params;
    }

    /** n = N queries and keys of width m, values of width mv, radii (r, c), from {@code seed}. */
    public static PlantedAtScale generate(int n, int m, int mv, double r, double c, long seed) {
        AnnaParams params = new AnnaParams(r, c);
        double[] qa = new double[n * m];
        double[] ka = new double[n * m];
        double[] va = new double[n * mv];
        Parallel.forRange(n, 256, (from, to) -> {
            for (int i = from; i < to; i++) {
                SplitMix64 random = new SplitMix64(SplitMix64.derive(seed, i));
                double[] query = Geometry.randomUnit(m, random);
                double distance = r * (0.5 + 0.5 * random.nextDouble()) * (1 - 1e-9);
                double[] key = Geometry.atDistance(query, distance, random);
                System.arraycopy(query, 0, qa, i * m, m);
                System.arraycopy(key, 0, ka, i * m, m);
                for (int c2 = 0; c2 < mv; c2++) {
                    va[i * mv + c2] = random.nextGaussian();
                }
            }
        });
        return new PlantedAtScale(new Matrix("Q", n, m, qa), new Matrix("K", n, m, ka),
                new Matrix("V", n, mv, va), params);
    }

    public Matrix q() {
        return q;
    }

    public Matrix k() {
        return k;
    }

    public Matrix v() {
        return v;
    }

    public AnnaParams params() {
        return params;
    }

    /**
     * An upper bound on the probability that some key other than the planted one lies within r
     * of some query: N (N - 1) times the probability that two independent uniform unit vectors
     * in R^m are within distance 2 r of each other (a stray key within r of q_i is within 2 r of
     * its own query q_j by the triangle inequality, and q_i, q_j are independent uniform), i.e.
     * that their cosine is at least 1 - 2 r^2, which is the regularized incomplete beta
     * I_{(1 - t^2)}((m - 1) / 2, 1 / 2) / 2 at t = 1 - 2 r^2.
     */
    public static double strayNearBound(int n, int m, double r) {
        double t = 1 - 2 * r * r;
        if (t <= 0) {
            return 1.0;
        }
        double cap = 0.5 * org.apache.commons.math3.special.Beta.regularizedBeta(1 - t * t,
                (m - 1) / 2.0, 0.5);
        return Math.min(1.0, (double) n * (n - 1) * cap);
    }
}
