package org.annaref.reference.attention;

import java.math.BigDecimal;
import java.math.MathContext;
import org.annaref.spec.Matrix;

/**
 * A higher-precision softmax for tests: logits exact in BigDecimal, max shift exact, each
 * weight e^{s_j - M} in double (1 ulp), numerator and denominator summed exactly in BigDecimal.
 * Its relative error is a few ulps whatever the number of keys, so it judges the streaming
 * double evaluation of the reference.
 */
final class SoftmaxOracle {
    private SoftmaxOracle() {
    }

    static double[] row(Matrix q, int i, Matrix k, Matrix v, double beta, AttentionMask mask) {
        int n = k.rows();
        BigDecimal[] logits = new BigDecimal[n];
        BigDecimal max = null;
        for (int j = 0; j < n; j++) {
            if (!mask.allows(i, j)) {
                continue;
            }
            BigDecimal dot = BigDecimal.ZERO;
            for (int t = 0; t < q.cols(); t++) {
                dot = dot.add(new BigDecimal(q.get(i, t)).multiply(new BigDecimal(k.get(j, t))));
            }
            logits[j] = dot.multiply(new BigDecimal(beta));
            max = max == null || logits[j].compareTo(max) > 0 ? logits[j] : max;
        }
        double[] out = new double[v.cols()];
        if (max == null) {
            return out;
        }
        BigDecimal denominator = BigDecimal.ZERO;
        BigDecimal[] numerator = new BigDecimal[v.cols()];
        java.util.Arrays.fill(numerator, BigDecimal.ZERO);
        for (int j = 0; j < n; j++) {
            if (logits[j] == null) {
                continue;
            }
            BigDecimal weight = new BigDecimal(Math.exp(logits[j].subtract(max).doubleValue()));
            denominator = denominator.add(weight);
            for (int t = 0; t < v.cols(); t++) {
                numerator[t] = numerator[t].add(weight.multiply(new BigDecimal(v.get(j, t))));
            }
        }
        for (int t = 0; t < v.cols(); t++) {
            out[t] = numerator[t].divide(denominator, MathContext.DECIMAL128).doubleValue();
        }
        return out;
    }
}
