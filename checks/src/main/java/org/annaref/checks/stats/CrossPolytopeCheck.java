package org.annaref.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;

/**
 * Claim 1 for the cross-polytope family, which has no closed form: its empirical collision
 * rate (a) agrees at every distance of the grid with the rate of an independent Monte Carlo
 * implementation ({@link IndependentCrossPolytope}; two-sided two-proportion test), and (b)
 * decreases with distance (no consecutive pair of grid points shows a significant increase;
 * one-sided two-proportion test). alpha is split evenly over all tests.
 */
public final class CrossPolytopeCheck {
    /** One grid point: the family's and the oracle's counts. */
    public record Point(double distance, int trials, int collisions, int oracleCollisions,
            double pValue) {
        public double rate() {
            return (double) collisions / trials;
        }

        public double oracleRate() {
            return (double) oracleCollisions / trials;
        }
    }

    private CrossPolytopeCheck() {
    }

    /** Measures the family and the oracle at each distance. */
    public static List<Point> measure(LshFamily family, int dim, double[] distances, int trials,
            int pairs, long seed) {
        SplitMix64 pairRandom = new SplitMix64(SplitMix64.derive(seed, 0));
        List<Point> points = new ArrayList<>();
        for (int g = 0; g < distances.length; g++) {
            int mine = 0;
            int theirs = 0;
            int done = 0;
            for (int q = 0; q < pairs; q++) {
                int share = trials / pairs + (q < trials % pairs ? 1 : 0);
                double[][] xy = PairDomain.UNIT_SPHERE.pair(dim, distances[g], q, pairs,
                        pairRandom);
                long pairSeed = SplitMix64.derive(seed, 1L + (long) g * pairs + q);
                mine += Collisions.count(family, xy[0], xy[1], share, pairSeed);
                theirs += IndependentCrossPolytope.collisions(xy[0], xy[1], share, ~pairSeed);
                done += share;
            }
            points.add(new Point(distances[g], done, mine, theirs,
                    Stats.normalTwoSided(twoProportionZ(mine, done, theirs, done))));
        }
        return points;
    }

    /** The z statistic of (k1/n1 - k2/n2) with the pooled variance (0 when both are 0 or 1). */
    static double twoProportionZ(int k1, int n1, int k2, int n2) {
        double pooled = (double) (k1 + k2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance == 0) {
            return 0;
        }
        return ((double) k1 / n1 - (double) k2 / n2) / Math.sqrt(variance);
    }

    /** The verdict on measured points. */
    public static ClaimResult claim(String family, List<Point> points, double alpha) {
        int tests = points.size() + Math.max(0, points.size() - 1);
        double each = alpha / tests;
        boolean holds = true;
        double smallest = 1.0;
        List<String> details = new ArrayList<>();
        for (int g = 0; g < points.size(); g++) {
            Point pt = points.get(g);
            holds &= pt.pValue() >= each;
            smallest = Math.min(smallest, pt.pValue());
            String monotone = "";
            if (g > 0) {
                Point previous = points.get(g - 1);
                double z = twoProportionZ(pt.collisions(), pt.trials(), previous.collisions(),
                        previous.trials());
                double increase = z > 0 ? Stats.normalTwoSided(z) / 2 : 1.0;
                holds &= increase >= each;
                smallest = Math.min(smallest, increase);
                monotone = String.format(Locale.ROOT, "; increase over d=%.4g: p-value %.3g",
                        previous.distance(), increase);
            }
            details.add(String.format(Locale.ROOT, "d=%.4g: %d/%d = %.5f, independent oracle"
                    + " %.5f (agreement p-value %.3g)%s", pt.distance(), pt.collisions(),
                    pt.trials(), pt.rate(), pt.oracleRate(), pt.pValue(), monotone));
        }
        return new ClaimResult("C1-" + family, family + ": collision rate decreases with"
                + " distance and agrees with an independent Monte Carlo implementation",
                "MATH.md section 2 (cross-polytope)", "rate = oracle rate, decreasing in d",
                points.size() + " distances", Double.NaN, Double.NaN, smallest, each, holds,
                details);
    }
}
