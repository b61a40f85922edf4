package org.annaref.checks.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.BinomialTest;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * The statistical primitives of the claims, all from Apache Commons Statistics: exact binomial
 * tests, Clopper-Pearson intervals and chi-square p-values.
 *
 * <p>Two-sided binomial p-values: Commons drops a tied tail (60/100 at p = 0.5 gives 0.0460
 * where the exact sum is 0.0569), which makes it slightly anti-conservative; this class doubles
 * the smaller one-sided exact p-value instead (capped at 1), which is conservative.
 */
public final class Stats {
    private Stats() {
    }

    /** P(X >= successes) for X ~ Binomial(trials, p): small means "too many successes". */
    public static double upperTail(int trials, int successes, double p) {
        return BinomialTest.withDefaults().with(AlternativeHypothesis.GREATER_THAN)
                .test(trials, successes, p).getPValue();
    }

    /** P(X <= successes) for X ~ Binomial(trials, p): small means "too few successes". */
    public static double lowerTail(int trials, int successes, double p) {
        return BinomialTest.withDefaults().with(AlternativeHypothesis.LESS_THAN)
                .test(trials, successes, p).getPValue();
    }

    /** Two-sided exact binomial p-value: twice the smaller tail, capped at 1. */
    public static double twoSided(int trials, int successes, double p) {
        return Math.min(1.0, 2.0 * Math.min(upperTail(trials, successes, p),
                lowerTail(trials, successes, p)));
    }

    /** The Clopper-Pearson interval with error rate {@code alpha}: {low, high}. */
    public static double[] clopperPearson(int trials, int successes, double alpha) {
        Interval i = BinomialConfidenceInterval.CLOPPER_PEARSON.fromErrorRate(trials, successes,
                alpha);
        return new double[] {i.getLowerBound(), i.getUpperBound()};
    }

    /** P(chi-square with {@code df} degrees of freedom >= statistic). */
    public static double chiSquareUpperTail(double statistic, int df) {
        return ChiSquaredDistribution.of(df).survivalProbability(statistic);
    }

    /** Two-sided p-value of a standard normal statistic. */
    public static double normalTwoSided(double z) {
        return 2.0 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
    }

    /**
     * The omnibus statistic over independent binomial points: sum of (k_i - n_i p_i)^2 /
     * (n_i p_i (1 - p_i)), chi-square with one degree of freedom per point with 0 &lt; p_i &lt; 1
     * (points with p_i in {0, 1} must match exactly and add no freedom); returns {statistic, df}.
     * A point with p_i in {0, 1} and a different count makes the statistic infinite.
     */
    public static double[] binomialOmnibus(int[] trials, int[] successes, double[] p) {
        double statistic = 0;
        int df = 0;
        for (int i = 0; i < p.length; i++) {
            double expected = trials[i] * p[i];
            double variance = expected * (1 - p[i]);
            if (variance == 0) {
                if (successes[i] != Math.round(expected)) {
                    statistic = Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double diff = successes[i] - expected;
            statistic += diff * diff / variance;
            df++;
        }
        return new double[] {statistic, df};
    }
}
