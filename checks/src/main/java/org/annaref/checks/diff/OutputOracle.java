package org.annaref.checks.diff;

import java.math.BigDecimal;
import java.math.MathContext;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.reference.attention.UnitRows;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;

/**
 * High-precision oracles for the float outputs of the differential tests, and the error of an
 * output against them.
 *
 * <ul>
 * <li>ANNA: out_i = sum_j c_ij v_j / C_i from the exact integer weights, summed and divided in
 * {@link BigDecimal} (34 digits): exact up to the final rounding.</li>
 * <li>Softmax: logits beta {@code <q_i, k_j>} from exact dot products (rounded once to
 * double), weights e^{s_ij - max} by {@link StrictMath#exp} of the exactly formed difference
 * (rounded once), then sums and the quotient in {@link BigDecimal}. Its own error comes only
 * from those roundings: about (2 + |s_ij - max|) u relative to each weight.</li>
 * </ul>
 * Errors are measured per entry relative to the row's scale, the largest |v_j| over the keys
 * that row can use (1 when there is none), so that rows of different magnitude compare.
 */
public final class OutputOracle {
    private static final MathContext MC = MathContext.DECIMAL128;

    private OutputOracle() {
    }

    /** The exact ANNA output rows from implied weights (34 significant digits). */
    public static BigDecimal[][] anna(SparseWeights w, Matrix v) {
        int mv = v.cols();
        BigDecimal[][] out = new BigDecimal[w.queries()][mv];
        for (int i = 0; i < w.queries(); i++) {
            int[] keys = w.keys(i);
            int[] counts = w.counts(i);
            for (int c = 0; c < mv; c++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int p = 0; p < keys.length; p++) {
                    sum = sum.add(new BigDecimal(v.get(keys[p], c))
                            .multiply(BigDecimal.valueOf(counts[p])));
                }
                out[i][c] = w.total(i) == 0 ? BigDecimal.ZERO
                        : sum.divide(BigDecimal.valueOf(w.total(i)), MC);
            }
        }
        return out;
    }

    /** The high-precision softmax output of the reference's definition. */
    public static BigDecimal[][] softmax(Matrix q, Matrix k, Matrix v, double beta,
            boolean normalize, AttentionMask mask) {
        Matrix qs = normalize ? UnitRows.of(q) : q;
        Matrix ks = normalize ? UnitRows.of(k) : k;
        int mv = v.cols();
        int m = q.cols();
        BigDecimal[][] out = new BigDecimal[q.rows()][mv];
        double[] qa = qs.toArray();
        double[] ka = ks.toArray();
        for (int i = 0; i < q.rows(); i++) {
            double[] logits = new double[k.rows()];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k.rows(); j++) {
                if (mask.allows(i, j)) {
                    logits[j] = new BigDecimal(beta).multiply(ProjectionMargin.exactDot(qa,
                            i * m, ka, j * m, m)).doubleValue();
                    max = Math.max(max, logits[j]);
                }
            }
            BigDecimal denominator = BigDecimal.ZERO;
            BigDecimal[] numerator = new BigDecimal[mv];
            java.util.Arrays.fill(numerator, BigDecimal.ZERO);
            for (int j = 0; j < k.rows(); j++) {
                if (mask.allows(i, j)) {
                    double shifted = new BigDecimal(logits[j]).subtract(new BigDecimal(max))
                            .doubleValue();
                    BigDecimal weight = new BigDecimal(StrictMath.exp(shifted));
                    denominator = denominator.add(weight);
                    for (int c = 0; c < mv; c++) {
                        numerator[c] = numerator[c].add(weight.multiply(new BigDecimal(
                                v.get(j, c))));
                    }
                }
            }
            for (int c = 0; c < mv; c++) {
                out[i][c] = denominator.signum() == 0 ? BigDecimal.ZERO
                        : numerator[c].divide(denominator, MC);
            }
        }
        return out;
    }

    /**
     * The largest |out - oracle| over all entries, each divided by its row's scale (largest
     * |v_j| over the keys the row may use, from {@code usable}; 1 when there is none).
     */
    public static double relativeError(Matrix out, BigDecimal[][] oracle, double[] rowScale) {
        double worst = 0.0;
        for (int i = 0; i < out.rows(); i++) {
            for (int c = 0; c < out.cols(); c++) {
                double e = new BigDecimal(out.get(i, c)).subtract(oracle[i][c]).abs()
                        .doubleValue() / rowScale[i];
                worst = Math.max(worst, e);
            }
        }
        return worst;
    }

    /** Per row, the largest |v_j| entry over keys j with {@code allowed(i, j)} (1 if none). */
    public static double[] rowScales(Matrix v, int queries, AttentionMask mask) {
        double[] scale = new double[queries];
        for (int i = 0; i < queries; i++) {
            double s = 0.0;
            for (int j = 0; j < v.rows(); j++) {
                if (mask.allows(i, j)) {
                    for (int c = 0; c < v.cols(); c++) {
                        s = Math.max(s, Math.abs(v.get(j, c)));
                    }
                }
            }
            scale[i] = s > 0 ? s : 1.0;
        }
        return scale;
    }
}
