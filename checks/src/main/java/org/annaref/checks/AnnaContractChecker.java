package org.annaref.checks;

import java.util.ArrayList;
import java.util.List;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.AnnaRowContract;
import org.annaref.spec.Distances;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.WeightBound;

/**
 * Judges ANNA outputs against the row contract of MATH.md section 1, using the brute-force
 * distances of {@link Distances} (every query against every key, O(n N m)).
 *
 * <p>Three checks, from strongest assumption to none:
 * <ul>
 * <li>{@link #checkExactWeights}: the full row contract on an LSH run's exact weights c_ij / C_i.
 * It is guaranteed only when no key beyond c r collided with the query (Theorem A.1's good
 * event); {@link #farCollisions} tells whether that happened.</li>
 * <li>{@link #checkWeightBound}: the deterministic part, true on every run: with n'_i the number
 * of distinct keys that collided with q_i, each of them has c_ij ((n'_i - 1) l + 1) &gt;= C_i.</li>
 * <li>{@link #checkRealWeights}: the contract on real weights from any implementation, with an
 * explicit tolerance.</li>
 * </ul>
 */
public final class AnnaContractChecker {
    private final Matrix queries;
    private final Matrix keys;
    private final AnnaParams params;

    /** A checker for queries {@code q} against keys {@code k} under (r, c). */
    public AnnaContractChecker(Matrix q, Matrix k, AnnaParams params) {
        Require.notNull("Q", q);
        Require.notNull("K", k);
        Require.notNull("ANNA parameters", params);
        q.requireSameCols(k);
        this.queries = q;
        this.keys = k;
        this.params = params;
    }

    /** Distances from query i to every key. */
    public double[] distances(int query) {
        return Distances.fromQuery(queries, query, keys);
    }

    /** The row contract on exact weights from a run with {@code tables} tables. */
    public ContractReport checkExactWeights(SparseWeights weights, int tables) {
        requireShape(weights);
        List<RowVerdict> bad = new ArrayList<>();
        for (int i = 0; i < queries.rows(); i++) {
            RowVerdict verdict = AnnaRowContract.checkCounts(i, weights.keys(i), weights.counts(i),
                    weights.total(i), distances(i), params.r(), params.cr(), tables);
            if (!verdict.isValid()) {
                bad.add(verdict);
            }
        }
        return new ContractReport("ANNA row contract (exact weights c_ij / C_i, l = " + tables
                + ")", queries.rows(), bad);
    }

    /**
     * The weight bound every run satisfies, far collisions or not: for each query, each
     * colliding key j has c_ij ((n' - 1) l + 1) &gt;= C_i, n' = number of colliding keys.
     */
    public ContractReport checkWeightBound(SparseWeights weights, int tables) {
        requireShape(weights);
        List<RowVerdict> bad = new ArrayList<>();
        for (int i = 0; i < queries.rows(); i++) {
            int[] hit = weights.keys(i);
            int[] counts = weights.counts(i);
            for (int p = 0; p < hit.length; p++) {
                if (!WeightBound.meetsBound(counts[p], weights.total(i), hit.length, tables)) {
                    bad.add(RowVerdict.violation(i, RowVerdict.NEAR_KEY_UNDERWEIGHT, hit[p],
                            Distances.euclidean(queries, i, keys, hit[p]),
                            (double) counts[p] / weights.total(i),
                            1.0 / ((double) (hit.length - 1) * tables + 1)));
                    break;
                }
            }
        }
        return new ContractReport("weight bound c_ij ((n' - 1) l + 1) >= C_i on colliding keys",
                queries.rows(), bad);
    }

    /** The number of queries that collided with at least one key beyond c r. */
    public int farCollisions(SparseWeights weights) {
        requireShape(weights);
        int count = 0;
        for (int i = 0; i < queries.rows(); i++) {
            for (int j : weights.keys(i)) {
                if (!(Distances.euclidean(queries, i, keys, j) <= params.cr())) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * The row contract on real weights: {@code weights} is n x N (row i = query i's weights over
     * all keys); tau_i = {@link AnnaRowContract#tauForRow} with {@code tables}, or the fixed
     * {@code tauOverride} when it is positive.
     */
    public ContractReport checkRealWeights(Matrix weights, int tables, double tauOverride,
            double tolerance) {
        if (weights.rows() != queries.rows() || weights.cols() != keys.rows()) {
            throw new IllegalArgumentException(weights.describe() + " must be " + queries.rows()
                    + " x " + keys.rows() + " (queries x keys)");
        }
        Require.atLeastOne("tables (l)", tables);
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        List<RowVerdict> bad = new ArrayList<>();
        for (int i = 0; i < queries.rows(); i++) {
            double[] d = distances(i);
            double tau = tauOverride > 0 ? tauOverride
                    : AnnaRowContract.tauForRow(d, params.cr(), tables);
            RowVerdict verdict = AnnaRowContract.checkWeights(i, weights.row(i), d, params.r(),
                    params.cr(), tau, tolerance);
            if (!verdict.isValid()) {
                bad.add(verdict);
            }
        }
        return new ContractReport("ANNA row contract (real weights, tolerance " + tolerance
                + ")", queries.rows(), bad);
    }

    private void requireShape(SparseWeights weights) {
        Require.notNull("weights", weights);
        if (weights.queries() != queries.rows() || weights.keyCount() != keys.rows()) {
            throw new IllegalArgumentException("weights cover " + weights.queries()
                    + " queries and " + weights.keyCount() + " keys, the input has "
                    + queries.rows() + " and " + keys.rows());
        }
    }
}
