package org.annaref.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.annaref.checks.FailureBound;
import org.annaref.checks.PlantedInstance;
import org.annaref.reference.amplify.TheoremParameters;
import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;

/**
 * Runs every claim of the statistical validation (issue "Statistical validation", MATH.md
 * section 2) and collects the verdicts and the data behind the plots.
 *
 * <p><b>False failures.</b> The suite's false-failure probability per run is at most
 * {@link #SUITE_ALPHA} = 1e-4: the statistical claims (all but 6 and 7, which are deterministic)
 * each get level 1e-4 / K with K their number (Bonferroni), and inside a claim that level is again
 * split evenly over its tests. With the fixed default seed the outcome is the same on every run;
 * the bound describes a run with fresh seeds.
 */
public final class Validation {
    /** False-failure probability of the whole suite per run. */
    public static final double SUITE_ALPHA = 1e-4;
    /** The seed of CI and of the README's command. */
    public static final long DEFAULT_SEED = 20261124L;
    /** Every family name the validation knows. */
    public static final List<String> FAMILIES = List.of("hyperplane", "pstable", "bitsample",
            "crosspolytope");

    private final Preset preset;
    private final long seed;
    private final List<String> families;
    private final Consumer<String> progress;
    private final TableSampler sampler;
    private final AnnaRunner runner;

    /** A validation of {@code families} (names of {@link #FAMILIES}); progress lines go to {@code progress}. */
    public Validation(Preset preset, long seed, List<String> families, Consumer<String> progress) {
        this(preset, seed, families, progress, TableSampler.REFERENCE, AnnaRunner.REFERENCE);
    }

    /** As above, with the tables and ANNA runs replaced (planted-bug tests). */
    public Validation(Preset preset, long seed, List<String> families, Consumer<String> progress,
            TableSampler sampler, AnnaRunner runner) {
        for (String f : families) {
            if (!FAMILIES.contains(f)) {
                throw new IllegalArgumentException("unknown family '" + f + "'; the validation"
                        + " knows " + FAMILIES);
            }
        }
        this.preset = preset;
        this.seed = seed;
        this.families = List.copyOf(families);
        this.progress = progress;
        this.sampler = sampler;
        this.runner = runner;
    }

    /** The claims and the data of the plots. */
    public record Outcome(List<ClaimResult> claims, List<CollisionCurve> curves,
            List<CrossPolytopeCheck.Point> crossPolytope, List<FailureExperiment> failureVsL,
            List<FailureExperiment> failureRuns, double suiteAlpha, int statisticalClaims) {
        /** True when every claim holds. */
        public boolean allHold() {
            return claims.stream().allMatch(ClaimResult::holds);
        }
    }

    /** The statistical claims a run of these families makes (for the alpha budget). */
    int statisticalClaims() {
        int perFamily = 0;
        for (String f : families) {
            perFamily += f.equals("crosspolytope") ? 1 : 2;
        }
        return perFamily + 2 + 3;
    }

    /** Runs every claim. */
    public Outcome run() {
        int k = statisticalClaims();
        double alpha = SUITE_ALPHA / k;
        List<ClaimResult> claims = new ArrayList<>();
        List<CollisionCurve> curves = new ArrayList<>();
        List<CrossPolytopeCheck.Point> crossPolytope = new ArrayList<>();
        int index = 0;
        for (String name : families) {
            long familySeed = SplitMix64.derive(seed, 100 + index++);
            if (name.equals("crosspolytope")) {
                progress.accept("claim 1: cross-polytope against an independent Monte Carlo");
                crossPolytope = CrossPolytopeCheck.measure(new CrossPolytopeFamily(), 8,
                        new double[] {0.3, 0.7, 1.1, 1.5, 1.9}, preset.crossPolytopeTrials, 16,
                        familySeed);
                claims.add(CrossPolytopeCheck.claim("crosspolytope", crossPolytope, alpha));
                continue;
            }
            FamilySetup setup = FamilySetup.of(name);
            progress.accept("claim 1: " + name + " collision rate at " + setup.grid.length
                    + " distances");
            CollisionCurve curve = CollisionCurve.measure(setup.family, setup.domain, setup.dim,
                    setup.grid, preset.trials, 16, familySeed, alpha);
            curves.add(curve);
            claims.add(curve.claim());
            progress.accept("claim 2: " + name + " sensitivity at r and cr");
            claims.add(SensitivityCheck.check(setup.family, setup.domain, setup.dim, setup.r,
                    setup.cr, preset.trials, 16, SplitMix64.derive(familySeed, 7), alpha));
        }
        progress.accept("claims 3 and 4: amplification and independent tables");
        Amplification amplification = Amplification.measure(new HyperplaneFamily(),
                PairDomain.UNIT_SPHERE, 16, 0.5, new int[][] {{1, 1}, {3, 1}, {3, 4}, {6, 8},
                    {2, 16}}, preset.amplificationSamples, sampler, SplitMix64.derive(seed, 1),
                alpha);
        claims.add(amplification.amplificationClaim());
        claims.add(amplification.independenceClaim());

        List<FailureExperiment> failureRuns = new ArrayList<>();
        HyperplaneFamily hyperplane = new HyperplaneFamily();
        PlantedInstance clean = PlantedInstance.generate(new PlantedInstance.Shape(300, 60, 16, 2,
                0.25, 3.0, 2, 0, false), SplitMix64.derive(seed, 2));
        FailureBound cleanBound = FailureBound.of(hyperplane, clean.q(), clean.k(),
                clean.params());
        int[] cleanZl = cheapest(cleanBound);
        progress.accept("claim 5: failure rate on a clean planted instance (z=" + cleanZl[0]
                + ", l=" + cleanZl[1] + ")");
        FailureExperiment cleanRuns = FailureExperiment.run("clean planted instance", hyperplane,
                clean, cleanZl[0], cleanZl[1], preset.runs, cleanBound.bound(cleanZl[0],
                        cleanZl[1]), sampler, runner, SplitMix64.derive(seed, 3));
        failureRuns.add(cleanRuns);
        claims.add(cleanRuns.failureClaim("C5-clean", "MATH.md section 2 (instance bound)",
                alpha));

        PlantedInstance between = PlantedInstance.generate(new PlantedInstance.Shape(300, 60, 16,
                2, 0.25, 3.0, 2, 1, false), SplitMix64.derive(seed, 4));
        FailureBound betweenBound = FailureBound.of(hyperplane, between.q(), between.k(),
                between.params());
        int[] betweenZl = cheapest(betweenBound);
        progress.accept("claim 5: failure rate with keys between r and cr (z=" + betweenZl[0]
                + ", l=" + betweenZl[1] + ")");
        FailureExperiment betweenRuns = FailureExperiment.run("keys between r and cr", hyperplane,
                between, betweenZl[0], betweenZl[1], preset.runs,
                betweenBound.bound(betweenZl[0], betweenZl[1]), sampler, runner,
                SplitMix64.derive(seed, 5));
        failureRuns.add(betweenRuns);
        claims.add(betweenRuns.failureClaim("C5-between", "MATH.md section 2 (instance bound)",
                alpha));

        PlantedInstance small = PlantedInstance.generate(new PlantedInstance.Shape(32, 16, 16, 2,
                0.25, 3.0, 1, 0, false), SplitMix64.derive(seed, 6));
        TheoremParameters theorem = TheoremParameters.forFamily(hyperplane, small.params(), 32, 16);
        progress.accept("claim 5: Theorem A.1's parameters on 32 keys (z="
                + theorem.hashesPerTable() + ", l=" + theorem.tables() + ")");
        FailureExperiment theoremRuns = FailureExperiment.run("Theorem A.1 parameters, N = 32",
                hyperplane, small, theorem.hashesPerTable(), theorem.tables(),
                preset.theoremRuns, Math.min(1.0, theorem.statedDelta()), sampler, runner,
                SplitMix64.derive(seed, 7));
        failureRuns.add(theoremRuns);
        claims.add(theoremRuns.failureClaim("C5-theorem", "Theorem A.1 (delta = phi + 0.1 /"
                + " N^(1 - 3 rho))", alpha));

        progress.accept("failure rate against l (plot)");
        List<FailureExperiment> curve = new ArrayList<>();
        for (double factor : new double[] {0.4, 0.6, 0.8, 1.0, 1.3, 1.7, 2.2, 3.0}) {
            int l = Math.max(1, (int) Math.round(cleanZl[1] * factor));
            curve.add(FailureExperiment.run("l = " + l, hyperplane, clean, cleanZl[0], l,
                    preset.curveRuns, Math.min(1.0, cleanBound.bound(cleanZl[0], l)), sampler,
                    runner, SplitMix64.derive(seed, 1000 + l)));
        }
        claims.add(FailureExperiment.weightBoundClaim(failureRuns));
        progress.accept("claim 7: exactness of Algorithm 2 and EMA");
        claims.add(ExactnessCheck.check(preset.exactnessCases, ExactnessCheck.ALGORITHM_2,
                SplitMix64.derive(seed, 8)));
        return new Outcome(claims, curves, crossPolytope, curve, failureRuns, SUITE_ALPHA, k);
    }

    /** The cheapest (z, l) with instance bound at most 0.3: failures are frequent enough to see. */
    private static int[] cheapest(FailureBound bound) {
        int[] zl = bound.cheapest(0.3, FailureBound.MAX_Z, 4096);
        if (zl == null) {
            throw new IllegalStateException("no (z, l) reaches a failure bound of 0.3");
        }
        return zl;
    }

    /** Per family: the domain, dimension, distance grid and (r, cr) of claims 1 and 2. */
    private record FamilySetup(LshFamily family, PairDomain domain, int dim, double[] grid,
            double r, double cr) {
        static FamilySetup of(String name) {
            switch (name) {
                case "hyperplane":
                    return new FamilySetup(new HyperplaneFamily(), PairDomain.UNIT_SPHERE, 16,
                            new double[] {0.2, 0.5, 0.8, 1.1, 1.4, 1.7, 1.95}, 0.5, 1.5);
                case "pstable":
                    return new FamilySetup(new PStableFamily(1.0), PairDomain.EUCLIDEAN, 16,
                            new double[] {0.1, 0.3, 0.6, 1, 2, 4, 8}, 0.5, 2.0);
                default:
                    return new FamilySetup(new BitSamplingFamily(), PairDomain.BINARY, 32,
                            new double[] {0, Math.sqrt(2), Math.sqrt(6), Math.sqrt(12),
                                Math.sqrt(20), Math.sqrt(28), Math.sqrt(32)}, Math.sqrt(2),
                            Math.sqrt(12));
            }
        }
    }
}
