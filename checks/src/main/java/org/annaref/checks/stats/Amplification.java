package org.annaref.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Claims 3 and 4 (MATH.md section 2), from one experiment: a fixed pair with single-function
 * collision probability p, and many independently sampled sets of l tables of z functions.
 * <ul>
 * <li>Claim 3 (amplification): the pair collides in a given table with probability p^z (AND:
 * over all samples and tables the count is Binomial(S l, p^z)), and in at least one of the l
 * tables with probability 1 - (1 - p^z)^l (OR: Binomial(S, ...)). Exact two-sided binomial tests
 * at every (z, l).</li>
 * <li>Claim 4 (independence of tables): the number of tables in which the pair collides is
 * Binomial(l, p^z); chi-square goodness of fit over the S samples, bins merged until every
 * expected count is at least 5.</li>
 * </ul>
 */
public final class Amplification {
    /** The results at one (z, l). */
    public record Setting(int z, int l, int samples, double q, long tableCollisions,
            int anyCollisions, long[] histogram) {
    }

    private final List<Setting> settings;
    private final String family;
    private final double p;
    private final double alpha;

    private Amplification(String family, double p, List<Setting> settings, double alpha) {
        this.family = family;
        this.p = p;
        this.settings = List.copyOf(settings);
        this.alpha = alpha;
    }

    /** Runs the experiment at each {z, l} of {@code grid} with {@code samples} samples. */
    public static Amplification measure(LshFamily family, PairDomain domain, int dim,
            double distance, int[][] grid, int samples, TableSampler sampler, long seed,
            double alpha) {
        SplitMix64 pairRandom = new SplitMix64(SplitMix64.derive(seed, 0));
        double[][] xy = domain.pair(dim, distance, 1, 2, pairRandom);
        double p = family.collisionProbability(xy[0], xy[1]);
        Matrix points = Collisions.pair(xy[0], xy[1]);
        List<Setting> settings = new ArrayList<>();
        for (int g = 0; g < grid.length; g++) {
            int z = grid[g][0];
            int l = grid[g][1];
            long[] histogram = new long[l + 1];
            long tableCollisions = 0;
            int any = 0;
            long settingSeed = SplitMix64.derive(seed, g + 1L);
            for (int s = 0; s < samples; s++) {
                HashTables tables = sampler.sample(family, dim,
                        new TableParams(l, z, SplitMix64.derive(settingSeed, s)));
                int c = 0;
                for (int t = 0; t < tables.count(); t++) {
                    c += sameBucket(tables, t, points) ? 1 : 0;
                }
                histogram[Math.min(c, l)]++;
                tableCollisions += c;
                any += c > 0 ? 1 : 0;
            }
            settings.add(new Setting(z, l, samples, Math.pow(p, z), tableCollisions, any,
                    histogram));
        }
        return new Amplification(family.name(), p, settings, alpha);
    }

    private static boolean sameBucket(HashTables tables, int t, Matrix points) {
        int width = tables.table(t).width();
        long[] a = new long[width];
        long[] b = new long[width];
        tables.table(t).bucketKey(points, 0, a, 0);
        tables.table(t).bucketKey(points, 1, b, 0);
        return java.util.Arrays.equals(a, b);
    }

    /** The settings measured. */
    public List<Setting> settings() {
        return settings;
    }

    /** Claim 3: AND and OR rates at every setting; alpha split over the 2 x settings tests. */
    public ClaimResult amplificationClaim() {
        double each = alpha / (2.0 * settings.size());
        boolean holds = true;
        double smallest = 1.0;
        List<String> details = new ArrayList<>();
        for (Setting s : settings) {
            long n = (long) s.samples() * s.l();
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("too many table trials for an exact test: " + n);
            }
            double pAnd = Stats.twoSided((int) n, (int) s.tableCollisions(), s.q());
            double or = 1 - Math.pow(1 - s.q(), s.l());
            double pOr = Stats.twoSided(s.samples(), s.anyCollisions(), or);
            holds &= pAnd >= each && pOr >= each;
            smallest = Math.min(smallest, Math.min(pAnd, pOr));
            details.add(String.format(Locale.ROOT, "z=%d l=%d: AND %d/%d = %.5f vs p^z = %.5f"
                    + " (p-value %.3g); OR %d/%d = %.5f vs 1-(1-p^z)^l = %.5f (p-value %.3g)",
                    s.z(), s.l(), s.tableCollisions(), n, (double) s.tableCollisions() / n,
                    s.q(), pAnd, s.anyCollisions(), s.samples(),
                    (double) s.anyCollisions() / s.samples(), or, pOr));
        }
        return new ClaimResult("C3-" + family, family + ": AND gives p^z, OR gives"
                + " 1 - (1 - p^z)^l", "MATH.md section 2 (amplification)",
                String.format(Locale.ROOT, "p = %.4f at %d (z, l) settings", p, settings.size()),
                "see details", Double.NaN, Double.NaN, smallest, each, holds, details);
    }

    /** Claim 4: tables-collided counts are Binomial(l, p^z), at every setting with l &gt;= 2. */
    public ClaimResult independenceClaim() {
        List<Setting> tested = new ArrayList<>();
        for (Setting s : settings) {
            if (s.l() >= 2) {
                tested.add(s);
            }
        }
        double each = alpha / Math.max(1, tested.size());
        boolean holds = true;
        double smallest = 1.0;
        List<String> details = new ArrayList<>();
        for (Setting s : tested) {
            double[] fit = goodnessOfFit(s);
            holds &= fit[0] >= each;
            smallest = Math.min(smallest, fit[0]);
            details.add(String.format(Locale.ROOT, "z=%d l=%d: counts %s vs Binomial(%d, %.5f):"
                    + " chi-square %.3f on %d df, p-value %.3g", s.z(), s.l(),
                    java.util.Arrays.toString(s.histogram()), s.l(), s.q(), fit[1], (int) fit[2],
                    fit[0]));
        }
        return new ClaimResult("C4-" + family, family + ": the number of tables a pair collides"
                + " in is Binomial(l, p^z)", "MATH.md section 2 (independent tables)",
                "goodness of fit at " + tested.size() + " settings", "see details", Double.NaN,
                Double.NaN, smallest, each, holds, details);
    }

    /** {p-value, statistic, df} of the binned chi-square fit of one setting. */
    static double[] goodnessOfFit(Setting s) {
        BinomialDistribution expectedLaw = BinomialDistribution.of(s.l(), s.q());
        List<double[]> bins = new ArrayList<>();
        double expected = 0;
        long observed = 0;
        for (int c = 0; c <= s.l(); c++) {
            expected += s.samples() * expectedLaw.probability(c);
            observed += s.histogram()[c];
            if (expected >= 5 || c == s.l()) {
                bins.add(new double[] {expected, observed});
                expected = 0;
                observed = 0;
            }
        }
        if (bins.size() > 1 && bins.get(bins.size() - 1)[0] < 5) {
            double[] last = bins.remove(bins.size() - 1);
            double[] previous = bins.get(bins.size() - 1);
            previous[0] += last[0];
            previous[1] += last[1];
        }
        double statistic = 0;
        for (double[] bin : bins) {
            double diff = bin[1] - bin[0];
            statistic += bin[0] > 0 ? diff * diff / bin[0] : (bin[1] > 0 ? Double.POSITIVE_INFINITY : 0);
        }
        int df = bins.size() - 1;
        double pValue = df < 1 ? 1.0 : Stats.chiSquareUpperTail(statistic, df);
        return new double[] {pValue, statistic, df};
    }
}
