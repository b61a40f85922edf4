package org.annaref.checks.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.annaref.checks.AnnaContractChecker;
import org.annaref.checks.FailureBound;
import org.annaref.checks.PlantedInstance;
import org.annaref.reference.attention.NeighbourOracle;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;

/**
 * Claims 5 and 6 on one planted instance: repeated independent ANNA runs (fresh tables each),
 * each judged by the exact row contract.
 * <ul>
 * <li>Claim 5: the fraction of runs in which some row violates the contract is at most the
 * instance bound of MATH.md section 2 (a one-sided exact binomial test: reject when that many
 * failures would be unlikely at the bound). The report also shows the independence estimate of
 * the exact rate ({@link FailureBound#independenceEstimate}) next to the observed rate.</li>
 * <li>Claim 6: on every run and every row, the weight bound holds (deterministic); and for rows
 * without a far collision, every near key that collided has normalized weight
 * w_ij ((|N(q_i, cr)| - 1) l + 1) &gt;= 1, whose smallest values are collected for the
 * report.</li>
 * </ul>
 */
public final class FailureExperiment {
    private final String label;
    private final int z;
    private final int l;
    private final int runs;
    private final int failures;
    private final double bound;
    private final double estimate;
    private final int weightViolations;
    private final double[] minNormalizedWeights;

    private FailureExperiment(String label, int z, int l, int runs, int failures, double bound,
            double estimate, int weightViolations, double[] minNormalizedWeights) {
        this.label = label;
        this.z = z;
        this.l = l;
        this.runs = runs;
        this.failures = failures;
        this.bound = bound;
        this.estimate = estimate;
        this.weightViolations = weightViolations;
        this.minNormalizedWeights = minNormalizedWeights;
    }

    /**
     * {@code runs} runs with z, l on {@code instance}; {@code bound} is the failure bound being
     * tested (the instance bound, or the theorem's delta).
     */
    public static FailureExperiment run(String label, LshFamily family, PlantedInstance instance,
            int z, int l, int runs, double bound, TableSampler sampler, AnnaRunner runner,
            long seed) {
        AnnaContractChecker checker = new AnnaContractChecker(instance.q(), instance.k(),
                instance.params());
        NeighbourOracle oracle = NeighbourOracle.build(instance.q(), instance.k(),
                instance.params());
        double estimate = FailureBound.of(family, instance.q(), instance.k(), instance.params())
                .independenceEstimate(Math.min(z, FailureBound.MAX_Z), l);
        int failures = 0;
        int weightViolations = 0;
        double[] minima = new double[runs];
        for (int s = 0; s < runs; s++) {
            SparseWeights w = runner.weights(sampler.sample(family, instance.q().cols(),
                    new TableParams(l, z, SplitMix64.derive(seed, s))), instance.q(),
                    instance.k(), instance.v());
            failures += checker.checkExactWeights(w, l).allValid() ? 0 : 1;
            weightViolations += checker.checkWeightBound(w, l).violations().size();
            minima[s] = minNormalizedWeight(w, oracle, l);
        }
        return new FailureExperiment(label, z, l, runs, failures, bound, estimate,
                weightViolations, minima);
    }

    /** The least w_ij ((n_i - 1) l + 1) over near keys that collided, in rows with no far key. */
    static double minNormalizedWeight(SparseWeights w, NeighbourOracle oracle, int l) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < w.queries(); i++) {
            int[] candidates = oracle.candidates(i);
            int[] hit = w.keys(i);
            boolean far = false;
            for (int j : hit) {
                far |= Arrays.binarySearch(candidates, j) < 0;
            }
            if (far || w.total(i) == 0) {
                continue;
            }
            double scale = (double) (candidates.length - 1) * l + 1;
            for (int j : oracle.near(i)) {
                int c = w.count(i, j);
                if (c > 0) {
                    min = Math.min(min, (double) c / w.total(i) * scale);
                }
            }
        }
        return min;
    }

    public String label() {
        return label;
    }

    public int z() {
        return z;
    }

    public int l() {
        return l;
    }

    public int runs() {
        return runs;
    }

    public int failures() {
        return failures;
    }

    /** The failure bound tested against. */
    public double bound() {
        return bound;
    }

    /** The independence estimate of the exact failure rate. */
    public double estimate() {
        return estimate;
    }

    /** Per run, the least normalized near-key weight (infinite when no row qualified). */
    public double[] minNormalizedWeights() {
        return minNormalizedWeights.clone();
    }

    /** Claim 5: failures / runs is at most the bound (one-sided exact binomial test). */
    public ClaimResult failureClaim(String id, String source, double alpha) {
        double rate = (double) failures / runs;
        double[] ci = Stats.clopperPearson(runs, failures, alpha);
        double pValue = bound >= 1.0 ? 1.0 : Stats.upperTail(runs, failures, bound);
        List<String> details = List.of(String.format(Locale.ROOT, "%s: z=%d, l=%d, %d runs,"
                + " %d failed (%.4f); bound %.4g; independence estimate %.4g; ratio observed /"
                + " bound %.3f", label, z, l, runs, failures, rate, bound, estimate,
                bound > 0 ? rate / bound : Double.NaN));
        return new ClaimResult(id, "ANNA's failure rate is at most the bound (" + label + ")",
                source, String.format(Locale.ROOT, "rate <= %.4g", bound),
                String.format(Locale.ROOT, "%d/%d = %.4f (estimate %.4g)", failures, runs, rate,
                        estimate), ci[0], ci[1], pValue, alpha, pValue >= alpha, details);
    }

    /** Claim 6 over several experiments: the weight bound never breaks. */
    public static ClaimResult weightBoundClaim(List<FailureExperiment> experiments) {
        int violations = 0;
        int runs = 0;
        List<Double> minima = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (FailureExperiment e : experiments) {
            violations += e.weightViolations;
            runs += e.runs;
            double least = Double.POSITIVE_INFINITY;
            for (double m : e.minNormalizedWeights) {
                if (Double.isFinite(m)) {
                    minima.add(m);
                    least = Math.min(least, m);
                }
            }
            details.add(String.format(Locale.ROOT, "%s: %d weight-bound violations in %d runs;"
                    + " least normalized near weight %.4f", e.label, e.weightViolations, e.runs,
                    least));
        }
        double least = minima.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        boolean holds = violations == 0 && (minima.isEmpty() || least >= 1.0 - 1e-12);
        return new ClaimResult("C6", "every near key that collides gets weight >= 1/((n_i - 1) l"
                + " + 1) (every run)", "Theorem A.1 proof (weight bound)",
                "normalized weight >= 1, 0 violations", String.format(Locale.ROOT,
                        "%d violations in %d runs; least normalized weight %.4f", violations,
                        runs, least), Double.NaN, Double.NaN, Double.NaN, 0.0, holds, details);
    }
}
