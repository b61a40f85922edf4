package org.annaref.checks;

import java.util.ArrayList;
import java.util.List;
import org.annaref.reference.attention.NeighbourOracle;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.AnnaRowContract;
import org.annaref.spec.Distances;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.SparseWeights;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Decides whether an output computed elsewhere is a valid ANNA output for (r, c).
 *
 * <p><b>With the implied weights</b> ({@link #checkWithWeights}): the row contract on the exact
 * weights c_ij / C_i, and the output must equal sum_j c_ij v_j / C_i.
 *
 * <p><b>Without weights</b> ({@link #checkOutput}): per query, a linear program over the
 * weights w_j of the candidates (keys within c r) and a slack t:
 * <pre>
 *   maximize t  subject to  sum_j w_j = 1,   |sum_j w_j v_j[s] - o_i[s]| &lt;= eps  for each s,
 *                           w_j &gt;= t for every key within r,   w &gt;= 0,  0 &lt;= t &lt;= 1.
 * </pre>
 * The row is valid when the program is feasible and its optimum t* reaches tau_i - tol (tau_i
 * from the given l, or the given fixed tau; with neither, any t* &gt; tol: "some tau &gt; 0", as
 * the slides define ANNA). A zero output row is valid without a program when no key lies within r.
 *
 * <p>Tolerances (stated, as the reading of "equals" for floats): eps = tol * max(1, largest
 * |v_j[s]| over the candidates), with tol = {@link #DEFAULT_TOLERANCE} unless given; weights are
 * compared with the absolute tolerance tol. The simplex solver works to 1e-12 internally.
 */
public final class OutputChecker {
    /** Default tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 1_000_000;

    private final Matrix queries;
    private final Matrix keys;
    private final Matrix values;
    private final AnnaParams params;
    private final double tolerance;

    /** A checker for outputs of (Q, K, V) under (r, c) with tolerance {@code tolerance}. */
    public OutputChecker(Matrix q, Matrix k, Matrix v, AnnaParams params, double tolerance) {
        Require.notNull("Q", q);
        Require.notNull("K", k);
        Require.notNull("V", v);
        Require.notNull("ANNA parameters", params);
        q.requireSameCols(k);
        k.requireSameRows(v);
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got "
                    + tolerance);
        }
        this.queries = q;
        this.keys = k;
        this.values = v;
        this.params = params;
        this.tolerance = tolerance;
    }

    private void requireOutputShape(Matrix output) {
        if (output.rows() != queries.rows() || output.cols() != values.cols()) {
            throw new IllegalArgumentException(output.describe() + " must have one row per query"
                    + " and one column per value coordinate: " + queries.rows() + " x "
                    + values.cols());
        }
    }

    /** The exact-weight check: row contract, then output = sum c_ij v_j / C_i. */
    public ContractReport checkWithWeights(Matrix output, SparseWeights weights, int tables) {
        requireOutputShape(output);
        ContractReport contract = new AnnaContractChecker(queries, keys, params)
                .checkExactWeights(weights, tables);
        List<RowVerdict> bad = new ArrayList<>(contract.violations());
        List<Integer> flagged = new ArrayList<>();
        for (RowVerdict v : bad) {
            flagged.add(v.query());
        }
        for (int i = 0; i < queries.rows(); i++) {
            if (flagged.contains(i)) {
                continue;
            }
            RowVerdict mismatch = compareWithWeights(i, output, weights);
            if (mismatch != null) {
                bad.add(mismatch);
            }
        }
        bad.sort((a, b) -> Integer.compare(a.query(), b.query()));
        return new ContractReport("ANNA output with its weights (l = " + tables + ", tolerance "
                + tolerance + ")", queries.rows(), bad);
    }

    private RowVerdict compareWithWeights(int i, Matrix output, SparseWeights weights) {
        int[] hit = weights.keys(i);
        int[] counts = weights.counts(i);
        long total = weights.total(i);
        double scale = 1.0;
        for (int j : hit) {
            for (int s = 0; s < values.cols(); s++) {
                scale = Math.max(scale, Math.abs(values.get(j, s)));
            }
        }
        for (int s = 0; s < values.cols(); s++) {
            double expected = 0;
            for (int p = 0; p < hit.length; p++) {
                expected += counts[p] * values.get(hit[p], s);
            }
            expected = total == 0 ? 0.0 : expected / total;
            if (!(Math.abs(output.get(i, s) - expected) <= tolerance * scale)) {
                return RowVerdict.violation(i, RowVerdict.WRONG_OUTPUT, -1, 0.0, output.get(i, s),
                        expected);
            }
        }
        return null;
    }

    /**
     * The LP check of every row. {@code tables} &gt; 0 gives tau_i from l; else {@code tau} &gt; 0 is
     * a fixed tau; else any positive weight on the near keys suffices.
     */
    public ContractReport checkOutput(Matrix output, int tables, double tau) {
        requireOutputShape(output);
        List<RowVerdict> bad = new ArrayList<>();
        for (int i = 0; i < queries.rows(); i++) {
            RowVerdict verdict = checkRow(i, output.row(i), tables, tau);
            if (!verdict.isValid()) {
                bad.add(verdict);
            }
        }
        String rule = tables > 0 ? "tau_i from l = " + tables : tau > 0 ? "tau = " + tau
                : "some tau > 0";
        return new ContractReport("ANNA output as a convex combination (" + rule + ", tolerance "
                + tolerance + ")", queries.rows(), bad);
    }

    /** One row of {@link #checkOutput}. */
    public RowVerdict checkRow(int i, double[] output, int tables, double tau) {
        double[] distances = Distances.fromQuery(queries, i, keys);
        int[] candidates = NeighbourOracle.within(distances, params.cr());
        int[] near = NeighbourOracle.within(distances, params.r());
        // With neither l nor tau, ANNA only asks for some tau > 0: the best near weight must
        // exceed the tolerance. Otherwise it must reach tau - tolerance.
        boolean anyPositive = tables <= 0 && !(tau > 0);
        double required = tables > 0 ? AnnaRowContract.tauForRow(distances, params.cr(), tables)
                : anyPositive ? 0.0 : tau;
        for (double o : output) {
            if (!Double.isFinite(o)) {
                return RowVerdict.violation(i, RowVerdict.NOT_FINITE, -1, 0.0, o, 0.0);
            }
        }
        double scale = 1.0;
        for (int j : candidates) {
            for (int s = 0; s < values.cols(); s++) {
                scale = Math.max(scale, Math.abs(values.get(j, s)));
            }
        }
        double eps = tolerance * scale;
        if (near.length == 0 && isZero(output, eps)) {
            return RowVerdict.valid(i);
        }
        if (candidates.length == 0) {
            return RowVerdict.violation(i, RowVerdict.WRONG_OUTPUT, -1, 0.0, largest(output), 0.0);
        }
        double[] solution = solve(output, candidates, near, eps);
        if (solution == null) {
            return RowVerdict.violation(i, RowVerdict.WRONG_OUTPUT, -1, 0.0, largest(output),
                    0.0);
        }
        double best = solution[candidates.length];
        boolean tooSmall = anyPositive ? !(best > tolerance) : best < required - tolerance;
        if (near.length > 0 && tooSmall) {
            int worst = near[0];
            double worstWeight = Double.POSITIVE_INFINITY;
            for (int p = 0, n = 0; p < candidates.length && n < near.length; p++) {
                if (candidates[p] == near[n]) {
                    if (solution[p] < worstWeight) {
                        worstWeight = solution[p];
                        worst = near[n];
                    }
                    n++;
                }
            }
            return RowVerdict.violation(i, RowVerdict.NEAR_KEY_UNDERWEIGHT, worst,
                    distances[worst], Math.max(0.0, best), required);
        }
        return RowVerdict.valid(i);
    }

    /** The LP's optimal (w, t), or null when infeasible. */
    private double[] solve(double[] output, int[] candidates, int[] near, double eps) {
        int n = candidates.length;
        int variables = n + 1;
        List<LinearConstraint> constraints = new ArrayList<>();
        double[] sum = new double[variables];
        for (int p = 0; p < n; p++) {
            sum[p] = 1;
        }
        constraints.add(new LinearConstraint(sum, Relationship.EQ, 1.0));
        for (int s = 0; s < values.cols(); s++) {
            double[] row = new double[variables];
            for (int p = 0; p < n; p++) {
                row[p] = values.get(candidates[p], s);
            }
            constraints.add(new LinearConstraint(row, Relationship.LEQ, output[s] + eps));
            constraints.add(new LinearConstraint(row, Relationship.GEQ, output[s] - eps));
        }
        for (int p = 0, m = 0; p < n && m < near.length; p++) {
            if (candidates[p] == near[m]) {
                double[] row = new double[variables];
                row[p] = 1;
                row[n] = -1;
                constraints.add(new LinearConstraint(row, Relationship.GEQ, 0.0));
                m++;
            }
        }
        double[] slackCap = new double[variables];
        slackCap[n] = 1;
        constraints.add(new LinearConstraint(slackCap, Relationship.LEQ, 1.0));
        double[] objective = new double[variables];
        objective[n] = near.length > 0 ? 1 : 0;
        try {
            PointValuePair optimum = new SimplexSolver(1e-12, 10, 1e-15).optimize(
                    new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), GoalType.MAXIMIZE,
                    new NonNegativeConstraint(true));
            return optimum.getPoint();
        } catch (NoFeasibleSolutionException e) {
            return null;
        }
    }

    private static boolean isZero(double[] output, double eps) {
        for (double o : output) {
            if (Math.abs(o) > eps) {
                return false;
            }
        }
        return true;
    }

    private static double largest(double[] output) {
        double best = 0;
        for (double o : output) {
            best = Math.max(best, Math.abs(o));
        }
        return best;
    }
}
