package org.annaref.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;

/**
 * Claim 1 (MATH.md section 2): a family's empirical collision rate at a grid of distances
 * matches its closed-form p(d).
 *
 * <p>At each distance, {@code pairs} pairs are drawn ({@link PairDomain}) and each is hashed by
 * trials / pairs fresh functions; the collisions are Binomial(trials, p(d)) under the claim (every
 * pair at distance d has the same p). Tests: an exact two-sided binomial test per point, and the
 * omnibus chi-square over all points (sum of squared standardized deviations, one degree of
 * freedom per point). The claim's level alpha is split evenly (Bonferroni) over the points and
 * the omnibus test.
 */
public final class CollisionCurve {
    /** One grid point. */
    public record Point(double distance, int trials, int collisions, double expected,
            double pValue, double low, double high) {
        /** The observed rate. */
        public double rate() {
            return (double) collisions / trials;
        }
    }

    private final String family;
    private final List<Point> points;
    private final double omnibusStatistic;
    private final int degrees;
    private final double omnibusPValue;
    private final double alpha;

    private CollisionCurve(String family, List<Point> points, double statistic, int degrees,
            double pValue, double alpha) {
        this.family = family;
        this.points = List.copyOf(points);
        this.omnibusStatistic = statistic;
        this.degrees = degrees;
        this.omnibusPValue = pValue;
        this.alpha = alpha;
    }

    /** Measures {@code family} at {@code distances} in dimension {@code dim}. */
    public static CollisionCurve measure(LshFamily family, PairDomain domain, int dim,
            double[] distances, int trials, int pairs, long seed, double alpha) {
        SplitMix64 pairRandom = new SplitMix64(SplitMix64.derive(seed, 0));
        List<Point> points = new ArrayList<>();
        int tests = distances.length + 1;
        int[] n = new int[distances.length];
        int[] k = new int[distances.length];
        double[] p = new double[distances.length];
        long functionSeed = SplitMix64.derive(seed, 1);
        for (int g = 0; g < distances.length; g++) {
            int collisions = 0;
            int done = 0;
            for (int q = 0; q < pairs; q++) {
                int share = trials / pairs + (q < trials % pairs ? 1 : 0);
                double[][] xy = domain.pair(dim, distances[g], q, pairs, pairRandom);
                collisions += Collisions.count(family, xy[0], xy[1], share,
                        SplitMix64.derive(functionSeed, (long) g * pairs + q));
                done += share;
            }
            double expected = family.collisionProbabilityAtDistance(distances[g], dim);
            double[] ci = Stats.clopperPearson(done, collisions, alpha / tests);
            points.add(new Point(distances[g], done, collisions, expected,
                    Stats.twoSided(done, collisions, expected), ci[0], ci[1]));
            n[g] = done;
            k[g] = collisions;
            p[g] = expected;
        }
        double[] omnibus = Stats.binomialOmnibus(n, k, p);
        int df = (int) omnibus[1];
        double pValue = df == 0 ? (Double.isInfinite(omnibus[0]) ? 0.0 : 1.0)
                : Stats.chiSquareUpperTail(omnibus[0], df);
        return new CollisionCurve(family.name(), points, omnibus[0], df, pValue, alpha);
    }

    /** The grid points. */
    public List<Point> points() {
        return points;
    }

    /** The family's name. */
    public String family() {
        return family;
    }

    /** The verdict: no point and not the omnibus test rejects at alpha / (points + 1). */
    public ClaimResult claim() {
        double each = alpha / (points.size() + 1);
        boolean holds = omnibusPValue >= each;
        double smallest = omnibusPValue;
        double worstDeviation = 0;
        List<String> details = new ArrayList<>();
        for (Point pt : points) {
            holds &= pt.pValue() >= each;
            smallest = Math.min(smallest, pt.pValue());
            worstDeviation = Math.max(worstDeviation, Math.abs(pt.rate() - pt.expected()));
            details.add(String.format(Locale.ROOT, "d=%.4g: %d/%d = %.5f, p(d)=%.5f, CI [%.5f,"
                    + " %.5f], p-value %.3g", pt.distance(), pt.collisions(), pt.trials(),
                    pt.rate(), pt.expected(), pt.low(), pt.high(), pt.pValue()));
        }
        details.add(String.format(Locale.ROOT, "omnibus chi-square %.3f on %d df, p-value %.3g",
                omnibusStatistic, degrees, omnibusPValue));
        return new ClaimResult("C1-" + family, family + ": empirical collision rate matches p(d)"
                + " at " + points.size() + " distances", "MATH.md section 2 (closed forms)",
                "rate = p(d) at every d", String.format(Locale.ROOT,
                        "largest |rate - p(d)| = %.4g", worstDeviation), Double.NaN, Double.NaN,
                smallest, each, holds, details);
    }
}
