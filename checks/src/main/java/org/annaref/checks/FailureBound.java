package org.annaref.checks;

import java.util.Arrays;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Distances;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * The union bound of Theorem A.1's proof evaluated on one input (MATH.md section 2), with each
 * pair's own collision probability p = Pr[h(q_i) = h(k_j)] from the family's closed form:
 * <pre>
 *   delta(z, l) = sum over near pairs (d &lt;= r) of (1 - p^z)^l      (some near pair never collides)
 *               + l * sum over far pairs (d &gt; c r) of p^z          (some far pair collides somewhere)
 * </pre>
 * Pairs in between (r, c r] are unconstrained and do not count. One pass over all pairs
 * (O(n N m)) keeps the near pairs' p and, for the far pairs, the sums of p^z for
 * z = 1..{@link #MAX_Z}; every (z, l) afterwards costs O(near pairs).
 */
public final class FailureBound {
    /** The largest z the far sums are kept for. */
    public static final int MAX_Z = 64;

    private final double[] nearProbabilities;
    private final double[] farPowerSums;
    private final double[] farLogSums;
    private final long farPairs;

    private FailureBound(double[] near, double[] farPowerSums, double[] farLogSums,
            long farPairs) {
        this.nearProbabilities = near;
        this.farPowerSums = farPowerSums;
        this.farLogSums = farLogSums;
        this.farPairs = farPairs;
    }

    /** Classifies every (query, key) pair and records its single-function collision probability. */
    public static FailureBound of(LshFamily family, Matrix q, Matrix k, AnnaParams params) {
        Require.notNull("family", family);
        Require.notNull("ANNA parameters", params);
        if (!family.hasClosedForm()) {
            throw new IllegalArgumentException("the " + family.name() + " family has no closed-"
                    + "form collision probability, so the failure bound cannot be computed");
        }
        q.requireSameCols(k);
        double[] near = new double[16];
        int nearCount = 0;
        double[] farSums = new double[MAX_Z + 1];
        double[] farLogs = new double[MAX_Z + 1];
        long farCount = 0;
        for (int i = 0; i < q.rows(); i++) {
            double[] qi = q.row(i);
            for (int j = 0; j < k.rows(); j++) {
                double d = Distances.euclidean(q, i, k, j);
                boolean isNear = d <= params.r();
                if (!isNear && d <= params.cr()) {
                    continue;
                }
                double p = family.collisionProbability(qi, k.row(j));
                if (isNear) {
                    if (nearCount == near.length) {
                        near = Arrays.copyOf(near, 2 * near.length);
                    }
                    near[nearCount++] = p;
                } else {
                    farCount++;
                    double power = p;
                    for (int z = 1; z <= MAX_Z; z++) {
                        farSums[z] += power;
                        farLogs[z] += Math.log1p(-Math.min(power, 1.0 - 1e-300));
                        power *= p;
                    }
                }
            }
        }
        return new FailureBound(Arrays.copyOf(near, nearCount), farSums, farLogs, farCount);
    }

    /** Number of near pairs (distance &lt;= r). */
    public int nearPairs() {
        return nearProbabilities.length;
    }

    /** Number of far pairs (distance &gt; c r). */
    public long farPairs() {
        return farPairs;
    }

    /** sum over near pairs of (1 - p^z)^l. */
    public double nearPart(int z, int l) {
        requireZ(z);
        double sum = 0;
        for (double p : nearProbabilities) {
            sum += Math.exp(l * Math.log1p(-Math.pow(p, z)));
        }
        return sum;
    }

    /** l * sum over far pairs of p^z. */
    public double farPart(int z, int l) {
        requireZ(z);
        return l * farPowerSums[z];
    }

    /**
     * An estimate of the exact failure probability that treats the pairs as independent:
     * 1 - prod over near pairs of (1 - (1 - p^z)^l) * prod over far pairs of (1 - p^z)^l. The
     * pairs of one run share hash functions, so this is an approximation (reported next to the
     * observed rate), not a bound.
     */
    public double independenceEstimate(int z, int l) {
        requireZ(z);
        double logSuccess = l * farLogSums[z];
        for (double p : nearProbabilities) {
            logSuccess += Math.log1p(-Math.exp(l * Math.log1p(-Math.pow(p, z))));
        }
        return -Math.expm1(logSuccess);
    }

    /** delta(z, l) = near part + far part. */
    public double bound(int z, int l) {
        return nearPart(z, l) + farPart(z, l);
    }

    /**
     * The cheapest (z, l) (least l * z, ties to the smaller l) with z &lt;= maxZ and
     * l &lt;= maxL whose bound is at most {@code target}, as {z, l}; null when none is.
     */
    public int[] cheapest(double target, int maxZ, int maxL) {
        requireZ(maxZ);
        Require.atLeastOne("maximum l", maxL);
        int[] best = null;
        for (int z = 1; z <= maxZ; z++) {
            int l = leastTables(z, target, maxL);
            if (l > 0 && (best == null || (long) l * z < (long) best[0] * best[1])) {
                best = new int[] {z, l};
            }
        }
        return best;
    }

    /**
     * The least l in [1, maxL] with bound(z, l) &lt;= target, or -1. The bound is convex in l
     * (a sum of decaying exponentials plus a linear term), so it first decreases to a minimum and
     * then increases: find the minimum, then the first feasible l before it.
     */
    private int leastTables(int z, double target, int maxL) {
        int lo = 1;
        int hi = maxL;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (bound(z, mid) <= bound(z, mid + 1)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (bound(z, lo) > target) {
            return -1;
        }
        int first = 1;
        int last = lo;
        while (first < last) {
            int mid = first + (last - first) / 2;
            if (bound(z, mid) <= target) {
                last = mid;
            } else {
                first = mid + 1;
            }
        }
        return first;
    }

    private static void requireZ(int z) {
        if (z < 1 || z > MAX_Z) {
            throw new IllegalArgumentException("z must be in [1, " + MAX_Z + "], got " + z);
        }
    }
}
