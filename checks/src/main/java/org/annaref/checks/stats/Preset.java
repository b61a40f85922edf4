package org.annaref.checks.stats;

/**
 * How much work each claim gets. QUICK is the main job of the README (about a minute on a 2-core
 * machine); FULL multiplies the trials by ten (under fifteen minutes). The statistical tests in
 * CI run QUICK with the fixed seed {@link Validation#DEFAULT_SEED}.
 */
public enum Preset {
    /** About a minute. */
    QUICK(12_000, 6_000, 3_000, 300, 100, 60, 300),
    /** About ten times the work of QUICK. */
    FULL(120_000, 40_000, 20_000, 2_000, 600, 200, 2_000);

    /** Trials per grid point, claims 1 and 2 (closed-form families). */
    final int trials;
    /** Trials per grid point, cross-polytope (with its independent oracle). */
    final int crossPolytopeTrials;
    /** Table-set samples per (z, l), claims 3 and 4. */
    final int amplificationSamples;
    /** ANNA runs per planted instance, claims 5 and 6. */
    final int runs;
    /** ANNA runs per l of the failure-rate-versus-l curve. */
    final int curveRuns;
    /** ANNA runs with Theorem A.1's parameters. */
    final int theoremRuns;
    /** Random cases of claim 7. */
    final int exactnessCases;

    Preset(int trials, int crossPolytopeTrials, int amplificationSamples, int runs, int curveRuns,
            int theoremRuns, int exactnessCases) {
        this.trials = trials;
        this.crossPolytopeTrials = crossPolytopeTrials;
        this.amplificationSamples = amplificationSamples;
        this.runs = runs;
        this.curveRuns = curveRuns;
        this.theoremRuns = theoremRuns;
        this.exactnessCases = exactnessCases;
    }
}
