package org.annaref.checks.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A second, independent implementation of cross-polytope LSH, for the Monte Carlo oracle of
 * claim 1: Gaussian matrices from Commons RNG (XoShiRo256++ and the Ziggurat method, not the
 * project's SplitMix64 and Box-Muller), and its own projection and argmax. It shares no code
 * with reference.lsh.CrossPolytopeHash, so a bug there shows up as a disagreement.
 */
final class IndependentCrossPolytope {
    private IndependentCrossPolytope() {
    }

    /** How many of {@code trials} random Gaussian m x m matrices give x and y the same vertex. */
    static int collisions(double[] x, double[] y, int trials, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        int m = x.length;
        double[] row = new double[m];
        int count = 0;
        for (int trial = 0; trial < trials; trial++) {
            int bestX = -1;
            int bestY = -1;
            double maxX = -1;
            double maxY = -1;
            for (int i = 0; i < m; i++) {
                double px = 0;
                double py = 0;
                for (int t = 0; t < m; t++) {
                    row[t] = gaussian.sample();
                    px += row[t] * x[t];
                    py += row[t] * y[t];
                }
                if (Math.abs(px) > maxX) {
                    maxX = Math.abs(px);
                    bestX = px >= 0 ? 2 * i : 2 * i + 1;
                }
                if (Math.abs(py) > maxY) {
                    maxY = Math.abs(py);
                    bestY = py >= 0 ? 2 * i : 2 * i + 1;
                }
            }
            count += bestX == bestY ? 1 : 0;
        }
        return count;
    }
}
